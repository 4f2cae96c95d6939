// facts only, one per line
// process.env.DO_ENDPOINT
process.env.DO_ENDPOINT
process.env.DO_ENDPOINT
process.env.DO_ENDPOINT
process.env.DO_SPACE
process.env.DO_BASEURL
process.env.DO_REGION
process.env.DO_ACCESS_KEY_ID
process.env.DO_SECRET_ACCESS_KEY
process.env.SMTP_HOST
env.SMTP_PORT || 465
process.env.SMTP_USERNAME
process.env.SMTP_PASS
process.env.SMTP_USERNAME
process.env.SMTP_USERNAME
process.env.SMTP_USER_EMAIL
process.env.MAILGUN_API_KEY
process.env.MAILGUN_API_KEY
process.env.MAILGUN_DOMAIN
process.env.SMTP_USER_EMAIL
process.env.MAILGUN_SENDER
process.env.MASTER_KEY
process.env.GOOGLE_CLIENT_ID
process.env.SERVER_URL
process.env.TESTING
process.env.TESTING
process.env.PORT || 8080
process.env.MASTER_KEY
process.env.MASTER_KEY
