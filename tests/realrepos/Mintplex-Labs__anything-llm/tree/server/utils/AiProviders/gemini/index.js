// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.GEMINI_API_KEY
process.env.GEMINI_API_KEY
process.env.GEMINI_API_KEY
