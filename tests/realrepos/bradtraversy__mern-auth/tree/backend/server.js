// facts only, one per line
process.env.PORT || 5000
process.env.NODE_ENV
