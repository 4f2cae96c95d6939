// facts only, one per line
process.env.LOCAL_AI_BASE_PATH
process.env.LOCAL_AI_BASE_PATH
process.env.LOCAL_AI_MODEL_PREF
