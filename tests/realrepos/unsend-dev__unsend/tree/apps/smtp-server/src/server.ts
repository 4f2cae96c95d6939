// facts only, one per line
process.env.UNSEND_API_KEY_PATH
process.env.UNSEND_API_CERT_PATH
