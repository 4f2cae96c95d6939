// facts only, one per line
env.OVERLEAF_REDIS_PORT || '6379
