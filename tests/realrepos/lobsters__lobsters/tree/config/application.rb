    config.cache_store = :file_store
