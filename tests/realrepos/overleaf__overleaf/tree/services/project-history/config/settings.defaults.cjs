// facts only, one per line
port: 3054
env.WEB_PORT || 3000
env.REDIS_PORT || 6379
env.REDIS_PORT || 6379
