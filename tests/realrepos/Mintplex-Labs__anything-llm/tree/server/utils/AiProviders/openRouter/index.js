// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.OPENROUTER_API_KEY
process.env.OPENROUTER_TIMEOUT_MS
process.env.OPENROUTER_TIMEOUT_MS
