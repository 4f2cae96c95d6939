// facts only, one per line
SetDefault("notification.consumer.dlq.topic", "om_sys.notification_service_dlq"
SetDefault("notification.consumer.consumerGroupName", "om_notification_service"
SetDefault("notification.webhook.eventTypeRegistrationTimeout", webhook
SetDefault("notification.webhook.skipEventTypeRegistrationOnError", false
SetDefault("notification.reconcileInterval", notification
SetDefault("notification.sendingTimeout", notification
SetDefault("notification.pendingTimeout", notification
SetDefault("notification.reconcilerWorkers", notification
SetDefault("notification.lock.leaseTime", pglockx
SetDefault("notification.lock.heartbeat", pglockx
SetDefault("notification.lock.owner", ""
