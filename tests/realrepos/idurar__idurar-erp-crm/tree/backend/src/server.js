// facts only, one per line
process.env.DATABASE
process.env.OPENAI_API_KEY
process.env.PORT || 8888
