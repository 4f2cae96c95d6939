// facts only, one per line
process.env.LOG_ROUTES
process.env.LOG_ROUTES
process.env.LOG_ROUTES
