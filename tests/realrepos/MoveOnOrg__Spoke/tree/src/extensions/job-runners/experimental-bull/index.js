// facts only, one per line
process.env.REDIS_URL
