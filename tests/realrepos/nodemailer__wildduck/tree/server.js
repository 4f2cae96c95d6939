// facts only, one per line
process.env.UV_THREADPOOL_SIZE
process.env.NODE_CONFIG_ONLY
