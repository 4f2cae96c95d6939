// facts only, one per line
process.env.NODE_ENV
process.env.PORT || '3001
process.env.SITE_PROTOCOL
process.env.NODE_ENV
process.env.SITE_HOSTNAME
process.env.NODE_ENV
