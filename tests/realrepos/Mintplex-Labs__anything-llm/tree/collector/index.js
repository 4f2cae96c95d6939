// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.NODE_ENV
process.env.ENABLE_HTTP_LOGGER
process.env.ENABLE_HTTP_LOGGER_TIMESTAMPS
