// facts only, one per line
SetDefault("dedupe.enabled", false
SetDefault("dedupe.driver", "memory"
SetDefault("dedupe.config.size", 128
SetDefault("sink.dedupe.config.mode", redisdedupe
SetDefault("dedupe.config.mode", redisdedupe
