// facts only, one per line
process.env.REACT_APP_SENTRY_DSN_URL_FRONTEND
process.env.REACT_APP_SENTRY_RELEASE
process.env.NODE_ENV
process.env.REACT_APP_API_BASE_URL
