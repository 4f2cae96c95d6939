# facts only, one per line
if REDIS_CONN
if REDIS_CONN
