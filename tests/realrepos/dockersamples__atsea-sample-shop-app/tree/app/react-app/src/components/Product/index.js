// facts only, one per line
process.env.PUBLIC_URL
