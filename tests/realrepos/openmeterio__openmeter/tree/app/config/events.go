// facts only, one per line
SetDefault("events.enabled", false
SetDefault("events.systemEvents.topic", "om_sys.api_events"
SetDefault("events.systemEvents.autoProvision.enabled", true
SetDefault("events.systemEvents.autoProvision.partitions", 4
SetDefault("events.ingestEvents.topic", "om_sys.ingest_events"
SetDefault("events.ingestEvents.autoProvision.enabled", true
SetDefault("events.ingestEvents.autoProvision.partitions", 8
SetDefault("events.balanceWorkerEvents.topic", "om_sys.balance_worker_events"
SetDefault("events.balanceWorkerEvents.autoProvision.enabled", true
SetDefault("events.balanceWorkerEvents.autoProvision.partitions", 4
