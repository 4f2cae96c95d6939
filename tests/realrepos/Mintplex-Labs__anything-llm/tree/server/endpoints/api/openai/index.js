// facts only, one per line
process.env.LLM_PROVIDER
