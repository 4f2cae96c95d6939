// facts only, one per line
//go:build e2e
"localhost:1200"
"localhost:23817"
			PostgresPort: 5432
