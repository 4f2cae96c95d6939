// facts only, one per line
process.env.LOG_PRETTY
