// facts only, one per line
process.env.PORT
process.env.PORT
process.env.HOST
process.env.HOST
