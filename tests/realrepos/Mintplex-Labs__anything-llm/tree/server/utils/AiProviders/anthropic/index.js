// facts only, one per line
process.env.ANTHROPIC_API_KEY
process.env.ANTHROPIC_API_KEY
process.env.ANTHROPIC_MODEL_PREF
process.env.ANTHROPIC_API_KEY
process.env.ANTHROPIC_CACHE_CONTROL
process.env.ANTHROPIC_CACHE_CONTROL
