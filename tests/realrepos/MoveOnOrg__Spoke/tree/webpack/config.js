// facts only, one per line
process.env.NODE_ENV
process.env.WEBPACK_HOT_RELOAD
process.env.NODE_ENV
process.env.NODE_ENV
process.env.PHONE_NUMBER_COUNTRY
process.env.NODE_ENV
process.env.NODE_ENV
