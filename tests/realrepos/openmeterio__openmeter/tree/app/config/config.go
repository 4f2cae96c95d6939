// facts only, one per line
listenAddr = ":8888"
SetDefault("address", ":8888"
SetDefault("environment", "unknown"
SetDefault("postgres.autoMigrate", "migration"
