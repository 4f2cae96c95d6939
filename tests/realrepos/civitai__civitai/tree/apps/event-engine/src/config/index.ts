// facts only, one per line
process.env.DATABASE_URL
process.env.CLICKHOUSE_URL
process.env.REDIS_URL
process.env.REDIS_CACHE_UPDATES_ENABLED
process.env.INDEX_UPDATE_ENABLED
env.HEALTH_CHECK_PORT ?? '3000
process.env.OUTBOX_POLL_ENABLED
process.env.QUERY_CACHE_SYNC_ENABLED
process.env.QUERY_CACHE_BACKUP_INTERVAL
process.env.SIGNALS_ENABLED
