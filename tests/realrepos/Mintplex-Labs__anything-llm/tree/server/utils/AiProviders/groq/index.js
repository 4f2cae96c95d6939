// facts only, one per line
process.env.GROQ_API_KEY
process.env.GROQ_API_KEY
