// facts only, one per line
process.env.COHERE_API_KEY
process.env.COHERE_API_KEY
process.env.COHERE_MODEL_PREF
process.env.COHERE_API_KEY
process.env.COHERE_API_KEY
