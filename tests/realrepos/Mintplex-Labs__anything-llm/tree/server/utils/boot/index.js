// facts only, one per line
port = 3001)
process.env.HTTPS_KEY_PATH
process.env.HTTPS_CERT_PATH
process.env.ENABLE_HTTPS
process.env.HTTPS_KEY_PATH
process.env.HTTPS_CERT_PATH
port = 3001)
