# facts only, one per line
redis_client = make_redis_client()
