// facts only, one per line
process.env.EMBEDDING_BASE_PATH
process.env.EMBEDDING_MODEL_PREF
process.env.EMBEDDING_BASE_PATH
process.env.EMBEDDING_MODEL_PREF
process.env.OLLAMA_EMBEDDING_BATCH_SIZE
process.env.OLLAMA_EMBEDDING_BATCH_SIZE
process.env.OLLAMA_AUTH_TOKEN
