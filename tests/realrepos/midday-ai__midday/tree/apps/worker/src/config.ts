// facts only, one per line
process.env.NODE_ENV
process.env.RAILWAY_ENVIRONMENT
process.env.REDIS_QUEUE_URL
