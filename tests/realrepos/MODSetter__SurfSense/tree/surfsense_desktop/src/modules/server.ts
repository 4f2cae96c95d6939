// facts only, one per line
port: 3000
process.env.HOSTED_BACKEND_URL
