// facts only, one per line
process.env.PRIVATEMODE_LLM_BASE_PATH
process.env.PRIVATEMODE_LLM_MODEL_PREF
process.env.PRIVATEMODE_LLM_BASE_PATH
