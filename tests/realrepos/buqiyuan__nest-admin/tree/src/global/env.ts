// facts only, one per line
process.env.NODE_APP_INSTANCE
process.env.NODE_APP_INSTANCE
process.env.NODE_ENV
process.env.TEST
