    config.cache_store = :mem_cache_store
    config.cache_store = :null_store
  config.active_job.queue_adapter = :async
