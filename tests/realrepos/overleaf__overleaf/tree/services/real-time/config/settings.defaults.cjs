// facts only, one per line
env.REDIS_PORT || '6379
env.REDIS_PORT || '6379
env.REDIS_PORT || '6379
env.REDIS_PORT || '6379
port: 3026
env.WEB_PORT || 3000
