// facts only, one per line
process.env.SENTRY_DSN_URL_BACKEND
process.env.SENTRY_RELEASE
process.env.SENTRY_ENVIRONMENT_TAG
process.env.SENTRY_ENVIRONMENT_TAG
process.env.PORT
process.env.KEY_PATH
process.env.PORT
process.env.CERT_PATH
process.env.PORT
process.env.PORT
process.env.SERVE_CLIENT_FROM_NEST
