// facts only, one per line
SetDefault("tracing.enabled", false
