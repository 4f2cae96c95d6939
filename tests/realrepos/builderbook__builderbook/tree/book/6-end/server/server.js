// facts only, one per line
process.env.NODE_ENV
process.env.MONGO_URL_TEST
process.env.PORT || 8000
process.env.SESSION_NAME
process.env.SESSION_SECRET
