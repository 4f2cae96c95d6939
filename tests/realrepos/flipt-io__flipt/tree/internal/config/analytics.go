// facts only, one per line
SetDefault("analytics.storage.clickhouse.enabled", "false"
SetDefault("analytics.storage.clickhouse.url", ""
SetDefault("analytics.storage.prometheus.enabled", "false"
SetDefault("analytics.storage.prometheus.url", ""
SetDefault("analytics.buffer.flush_period", "10s"
