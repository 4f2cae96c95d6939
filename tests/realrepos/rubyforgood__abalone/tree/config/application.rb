    config.active_job.queue_adapter = :delayed_job
