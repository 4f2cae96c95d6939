// facts only, one per line
process.env.WORKER_ENV
process.env.WORKER_ENV
process.env.RAILWAY_ENVIRONMENT
