// facts only, one per line
process.env.BASE_URL
