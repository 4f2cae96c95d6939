// facts only, one per line
env.APP_LISTEN_PORT || 8000
env.REDIS_PORT || 6379
