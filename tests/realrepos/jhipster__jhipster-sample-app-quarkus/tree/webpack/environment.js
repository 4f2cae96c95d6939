// facts only, one per line
process.env.APP_VERSION
process.env.APP_VERSION
