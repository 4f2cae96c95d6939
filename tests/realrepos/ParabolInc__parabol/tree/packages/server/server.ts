// facts only, one per line
process.env.WEB_SERVER_RECONNECT_WINDOW
process.env.WEB_SERVER_RECONNECT_WINDOW
process.env.PORT
process.env.SOCKET_PORT
process.env.ENABLE_METRICS
process.env.METRICS_PORT
process.env.METRICS_PORT
process.env.FILE_STORE_PROVIDER
process.env.MATTERMOST_SECRET
process.env.MATTERMOST_URL
process.env.SERVER_ID
process.env.SERVER_ID
