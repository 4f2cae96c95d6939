// facts only, one per line
process.env.PORT ?? 3000
process.env.NODE_ENV
process.env.WORKER_ENABLED
process.env.NOTIFICATION_DB_URL
process.env.DATABASE_REPLICA_URL
