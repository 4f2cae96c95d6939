// facts only, one per line
SetDefault("diagnostics.profiling.enabled", false
