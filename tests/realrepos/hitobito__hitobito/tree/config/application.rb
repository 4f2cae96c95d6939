    config.active_job.queue_adapter = :delayed_job
      config.cache_store = :redis_cache_store
      config.cache_store = :mem_cache_store
