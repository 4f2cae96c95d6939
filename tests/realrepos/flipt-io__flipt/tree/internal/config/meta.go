// facts only, one per line
SetDefault("meta.check_for_updates", true
SetDefault("meta.telemetry_enabled", true
