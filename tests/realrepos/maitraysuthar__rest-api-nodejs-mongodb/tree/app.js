// facts only, one per line
process.env.MONGODB_URL
process.env.NODE_ENV
process.env.NODE_ENV
