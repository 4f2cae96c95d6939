// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.TOGETHER_AI_API_KEY
process.env.TOGETHER_AI_MODEL_PREF
