// facts only, one per line
	_ "github.com/lib/pq"
"GO_DISCOVERY_DATABASE_PORT", "5432
