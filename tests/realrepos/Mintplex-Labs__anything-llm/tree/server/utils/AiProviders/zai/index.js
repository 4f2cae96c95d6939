// facts only, one per line
process.env.ZAI_API_KEY
process.env.ZAI_API_KEY
