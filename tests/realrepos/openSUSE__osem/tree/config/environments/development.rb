    config.cache_store = :memory_store
    config.cache_store = :null_store
