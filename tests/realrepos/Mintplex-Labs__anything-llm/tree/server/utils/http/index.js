// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.JWT_SECRET
process.env.JWT_SECRET
process.env.JWT_SECRET
