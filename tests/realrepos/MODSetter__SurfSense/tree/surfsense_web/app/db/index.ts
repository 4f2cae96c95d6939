// facts only, one per line
process.env.DATABASE_URL
