    config.cache_store = :memory_store
    config.cache_store = :null_store
  config.active_job.queue_adapter = :solid_queue
