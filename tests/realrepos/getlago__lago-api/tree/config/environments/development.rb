  config.cache_store = :redis_cache_store
