// facts only, one per line
process.env.FOUNDRY_BASE_PATH
process.env.FOUNDRY_MODEL_PREF
process.env.FOUNDRY_BASE_PATH
process.env.FOUNDRY_BASE_PATH
process.env.FOUNDRY_MODEL_TOKEN_LIMIT
