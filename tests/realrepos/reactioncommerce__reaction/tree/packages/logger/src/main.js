// facts only, one per line
process.env.LOGGLY_TOKEN
process.env.LOGGLY_SUBDOMAIN
