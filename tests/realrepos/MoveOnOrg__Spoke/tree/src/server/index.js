// facts only, one per line
process.env.NODE_ENV
// process.env.PORT
process.env.PORT
process.env.HEROKU_APP_NAME
process.env.ASSETS_DIR
process.env.ASSETS_DIR
process.env.SIMULATE_DELAY_MILLIS
process.env.SIMULATE_DELAY_MILLIS
process.env.DEBUG
