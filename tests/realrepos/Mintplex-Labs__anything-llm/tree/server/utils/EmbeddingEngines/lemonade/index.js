// facts only, one per line
process.env.EMBEDDING_BASE_PATH
process.env.EMBEDDING_MODEL_PREF
process.env.EMBEDDING_BASE_PATH
process.env.EMBEDDING_MODEL_PREF
