// facts only, one per line
process.env.PORT, 10) || 8001
