    config.cache_store = :memory_store
    config.cache_store = :null_store
  config.active_job.queue_adapter = ENV.fetch('HYRAX_ACTIVE_JOB_QUEUE', 'sidekiq')
