// facts only, one per line
SetDefault("balanceWorker.dlq.topic", "om_sys.balance_worker_dlq"
SetDefault("balanceWorker.consumerGroupName", "om_balance_worker"
SetDefault("balanceWorker.stateStorage.highWatermarkCache.lruCacheSize", 100_000
