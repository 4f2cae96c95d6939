  config.cache_store = :memory_store
  config.active_job.queue_adapter = :solid_queue
