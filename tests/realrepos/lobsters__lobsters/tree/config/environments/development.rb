    config.cache_store = :solid_cache_store
    config.cache_store = :null_store
