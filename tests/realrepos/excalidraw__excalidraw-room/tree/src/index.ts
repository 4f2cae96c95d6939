// facts only, one per line
process.env.NODE_ENV
process.env.PORT
process.env.NODE_ENV
