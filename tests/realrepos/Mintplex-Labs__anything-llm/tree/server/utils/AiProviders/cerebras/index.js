// facts only, one per line
process.env.CEREBRAS_API_KEY
process.env.CEREBRAS_API_KEY
