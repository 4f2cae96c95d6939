    config.active_job.queue_adapter = :sidekiq
