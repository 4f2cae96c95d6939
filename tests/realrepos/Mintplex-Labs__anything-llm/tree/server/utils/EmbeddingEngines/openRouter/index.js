// facts only, one per line
process.env.OPENROUTER_API_KEY
process.env.OPENROUTER_API_KEY
