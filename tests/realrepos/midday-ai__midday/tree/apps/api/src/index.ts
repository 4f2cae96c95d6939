// facts only, one per line
process.env.ALLOWED_API_ORIGINS
process.env.DEBUG_PERF
process.env.DB_POOL_STATS_INTERVAL_MS
process.env.PORT
process.env.PORT, 10)
