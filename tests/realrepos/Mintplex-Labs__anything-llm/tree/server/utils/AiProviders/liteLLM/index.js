// facts only, one per line
process.env.LITE_LLM_BASE_PATH
process.env.LITE_LLM_BASE_PATH
