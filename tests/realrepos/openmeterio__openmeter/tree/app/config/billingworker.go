// facts only, one per line
SetDefault("billing.worker.dlq.topic", "om_sys.billing_worker_dlq"
SetDefault("billing.worker.consumerGroupName", "om_billing_worker"
