// facts only, one per line
process.env.VERCEL_URL
process.env.VERCEL_URL
