# facts only, one per line
if _REDIS_INSTRUMENTED
