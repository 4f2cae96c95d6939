// facts only, one per line
process.env.IMAGE_GEN_OPENROUTER_API_KEY
process.env.IMAGE_GEN_MODEL_PREF
process.env.IMAGE_GEN_OPENROUTER_API_KEY
process.env.IMAGE_GEN_MODEL_PREF
