// facts only, one per line
process.env.NODE_ENV
