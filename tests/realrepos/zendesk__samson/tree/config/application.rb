      config.cache_store = :memory_store
      config.cache_store = :mem_cache_store
