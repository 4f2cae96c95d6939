// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
