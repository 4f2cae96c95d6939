# facts only, one per line
if REDIS_CONN
