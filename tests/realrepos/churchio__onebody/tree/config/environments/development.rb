  config.active_job.queue_adapter = :sucker_punch
