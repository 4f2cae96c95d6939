// facts only, one per line
process.env.NODE_ENV
process.env.NODE_PATH
// process.env.PUBLIC_URL
process.env.WDS_SOCKET_HOST
process.env.WDS_SOCKET_PATH
process.env.WDS_SOCKET_PORT
process.env.FAST_REFRESH
