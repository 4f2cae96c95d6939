// facts only, one per line
env.REDIS_PORT || '6379
