# facts only, one per line
"CLICKHOUSE_HTTP_PORT", 8123
