// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.PORT) || 5055
process.env.HOST
