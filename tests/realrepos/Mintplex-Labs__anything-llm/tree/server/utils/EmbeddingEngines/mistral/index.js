// facts only, one per line
process.env.MISTRAL_API_KEY
