// facts only, one per line
process.env.AZURE_OPENAI_ENDPOINT
process.env.AZURE_OPENAI_KEY
process.env.AZURE_OPENAI_KEY
process.env.AZURE_OPENAI_ENDPOINT
process.env.EMBEDDING_MODEL_PREF
