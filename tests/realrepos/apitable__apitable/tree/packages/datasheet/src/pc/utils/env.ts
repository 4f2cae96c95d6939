// facts only, one per line
process.env.SSR
process.env.SSR
