// facts only, one per line
process.env.SAMBANOVA_LLM_API_KEY
process.env.SAMBANOVA_LLM_API_KEY
process.env.SAMBANOVA_LLM_MODEL_PREF
