// facts only, one per line
Getenv("PORT")
"GO_DISCOVERY_DATABASE_PORT", "5432
"GO_DISCOVERY_REDIS_PORT", "6379
