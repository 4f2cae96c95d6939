// facts only, one per line
process.env.IMAGE_GEN_OLLAMA_BASE_PATH
process.env.IMAGE_GEN_MODEL_PREF
process.env.IMAGE_GEN_OLLAMA_BASE_PATH
process.env.IMAGE_GEN_MODEL_PREF
