// facts only, one per line
process.env.NODE_ENV
process.env.MONGO_URL_TEST
process.env.MONGO_URL
process.env.PORT || 8000
process.env.SESSION_NAME
process.env.SESSION_SECRET
process.env.COOKIE_DOMAIN
