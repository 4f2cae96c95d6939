    config.cache_store = :redis_cache_store
    config.cache_store = :null_store
