    config.active_job.queue_adapter = :solid_queue
