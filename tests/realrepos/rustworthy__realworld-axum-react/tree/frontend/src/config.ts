// facts only, one per line
process.env.BACKEND_URL
process.env.TURNSTILE_SITE_KEY
process.env.REACT_APP_MODE
