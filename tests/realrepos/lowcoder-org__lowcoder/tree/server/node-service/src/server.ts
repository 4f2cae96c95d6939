// facts only, one per line
process.env.LOWCODER_MAX_REQUEST_SIZE
env.NODE_SERVICE_PORT ?? 6060
