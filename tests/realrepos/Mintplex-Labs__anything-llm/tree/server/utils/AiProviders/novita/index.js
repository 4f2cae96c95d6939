// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.NOVITA_LLM_API_KEY
process.env.NOVITA_LLM_TIMEOUT_MS
process.env.NOVITA_LLM_TIMEOUT_MS
