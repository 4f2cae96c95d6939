// facts only, one per line
process.env.ENV
