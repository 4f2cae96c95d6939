// facts only, one per line
process.env.STT_GROQ_API_KEY
process.env.STT_GROQ_API_KEY
