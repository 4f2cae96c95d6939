// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.NODE_ENV
process.env.ENABLE_HTTP_LOGGER
process.env.ENABLE_HTTP_LOGGER_TIMESTAMPS
process.env.ENABLE_HTTPS
env.SERVER_PORT || 3001
process.env.NODE_ENV
process.env.ENABLE_HTTPS
env.SERVER_PORT || 3001
