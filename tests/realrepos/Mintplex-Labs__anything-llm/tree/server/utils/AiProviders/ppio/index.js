// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.PPIO_API_KEY
process.env.PPIO_API_KEY
