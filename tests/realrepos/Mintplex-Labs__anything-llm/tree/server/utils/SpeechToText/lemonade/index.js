// facts only, one per line
process.env.STT_LEMONADE_BASE_PATH
process.env.STT_LEMONADE_BASE_PATH
process.env.STT_LEMONADE_BASE_PATH
