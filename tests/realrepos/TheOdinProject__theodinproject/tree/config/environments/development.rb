  config.cache_store = :memory_store
