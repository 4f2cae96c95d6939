// facts only, one per line
process.env.DISABLE_PROFILER
process.env.ENABLE_TRACING
process.env.COLLECTOR_SERVICE_ADDR
process.env.PORT
