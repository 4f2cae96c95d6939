// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.COMETAPI_LLM_API_KEY
process.env.COMETAPI_LLM_TIMEOUT_MS
process.env.COMETAPI_LLM_TIMEOUT_MS
process.env.COMETAPI_LLM_API_KEY
