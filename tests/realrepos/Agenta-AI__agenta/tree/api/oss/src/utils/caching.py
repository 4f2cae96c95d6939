# facts only, one per line
_cache_engine = get_cache_engine()
