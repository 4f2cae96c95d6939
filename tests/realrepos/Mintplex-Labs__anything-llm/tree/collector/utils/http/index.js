// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.COLLECTOR_PORT
process.env.COLLECTOR_PORT
