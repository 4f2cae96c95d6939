// facts only, one per line
env.WEB_SERVER_PORT, 10) || 3000
process.env.NODE_ENV
