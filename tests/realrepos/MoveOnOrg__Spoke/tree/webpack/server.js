// facts only, one per line
env.WEBPACK_PORT || 3000
process.env.DEV_APP_PORT
process.env.PORT
