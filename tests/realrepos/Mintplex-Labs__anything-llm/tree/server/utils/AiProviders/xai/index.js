// facts only, one per line
process.env.XAI_LLM_API_KEY
process.env.XAI_LLM_API_KEY
