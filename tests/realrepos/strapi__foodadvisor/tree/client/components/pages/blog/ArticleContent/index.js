// facts only, one per line
process.env.NEXT_PUBLIC_API_URL
