// facts only, one per line
process.env.ENABLE_SWAGGER
process.env.ENABLE_OTEL_JAEGER
process.env.SERVER_DOMAIN
process.env.STRICT_TRANSPORT_SECURITY
process.env.API_CACHEABLE
process.env.ENABLE_SCHED
process.env.ENABLE_SOCKET
process.env.ENABLE_HOCUSPOCUS
process.env.SUPPORTED_LANGUAGES
process.env.SUPPORTED_LANGUAGES
process.env.SKIP_USAGE_VERIFICATION
process.env.ENABLE_QUEUE_WORKER
process.env.ENABLE_QUEUE_CONSUMER_WORKER
