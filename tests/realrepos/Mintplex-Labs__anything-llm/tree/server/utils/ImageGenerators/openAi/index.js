// facts only, one per line
process.env.IMAGE_GEN_OPENAI_KEY
process.env.IMAGE_GEN_OPENAI_KEY
