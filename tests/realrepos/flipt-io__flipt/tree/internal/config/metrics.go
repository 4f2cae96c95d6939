// facts only, one per line
SetDefault("metrics.enabled", true
SetDefault("metrics.exporter", MetricsPrometheus
