// facts only, one per line
process.env.CONFIG_FILE
process.env.CONFIG_FILE
process.env.CONFIG_FILE
process.env.CONFIG_FILE
process.env.NODE_ENV
