// facts only, one per line
process.env.NEXT_PUBLIC_URL
process.env.NEXT_PUBLIC_URL
process.env.RAILWAY_PUBLIC_DOMAIN
process.env.RAILWAY_PUBLIC_DOMAIN
