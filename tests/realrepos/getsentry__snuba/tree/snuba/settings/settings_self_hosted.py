# facts only, one per line
"REDIS_PORT", 6379
