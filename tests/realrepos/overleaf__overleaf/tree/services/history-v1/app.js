// facts only, one per line
process.env.PORT, 10) || 3100
