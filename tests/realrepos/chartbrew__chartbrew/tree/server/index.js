// facts only, one per line
process.env.NODE_ENV
process.env.NODE_ENV
process.env.PORT || app.settings.port || 4019
process.env.NODE_APP_INSTANCE
process.env.NODE_APP_INSTANCE
