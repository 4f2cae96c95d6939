// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.FIREWORKS_AI_LLM_API_KEY
process.env.FIREWORKS_AI_LLM_MODEL_PREF
