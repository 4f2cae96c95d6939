    config.cache_store = :dalli_store
    config.cache_store = :null_store
