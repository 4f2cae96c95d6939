    config.cache_store = :mem_cache_store
