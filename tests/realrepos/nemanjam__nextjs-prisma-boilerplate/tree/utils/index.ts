// facts only, one per line
process.env.APP_ENV
