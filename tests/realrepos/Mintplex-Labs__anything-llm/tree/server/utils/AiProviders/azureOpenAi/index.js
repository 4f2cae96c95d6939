// facts only, one per line
process.env.AZURE_OPENAI_ENDPOINT
process.env.AZURE_OPENAI_KEY
process.env.AZURE_OPENAI_KEY
process.env.AZURE_OPENAI_ENDPOINT
process.env.OPEN_MODEL_PREF
process.env.AZURE_OPENAI_MODEL_TYPE
process.env.AZURE_OPENAI_TOKEN_LIMIT
process.env.AZURE_OPENAI_TOKEN_LIMIT
process.env.AZURE_OPENAI_TOKEN_LIMIT
process.env.AZURE_OPENAI_TOKEN_LIMIT
