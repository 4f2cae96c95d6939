// facts only, one per line
process.env.CONFIG_DIRECTORY
process.env.CONFIG_DIRECTORY
process.env.TZ
