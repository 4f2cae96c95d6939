// facts only, one per line
process.env.PORT ?? 3000
