// facts only, one per line
process.env.OMLX_LLM_BASE_PATH
process.env.OMLX_LLM_BASE_PATH
process.env.OMLX_LLM_MODEL_PREF
process.env.OMLX_LLM_BASE_PATH
process.env.OMLX_LLM_API_KEY
process.env.OMLX_LLM_API_KEY
process.env.OMLX_LLM_TOKEN_LIMIT
process.env.OMLX_LLM_TOKEN_LIMIT
process.env.OMLX_LLM_TOKEN_LIMIT
process.env.OMLX_LLM_TOKEN_LIMIT
