// facts only, one per line
process.env.CLICKHOUSE_URL
