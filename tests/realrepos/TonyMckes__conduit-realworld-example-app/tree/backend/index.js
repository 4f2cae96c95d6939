// facts only, one per line
process.env.PORT || 3001
process.env.NODE_ENV
