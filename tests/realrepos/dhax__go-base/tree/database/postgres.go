// facts only, one per line
SetDefault("db_dsn", "postgres://postgres:postgres@localhost:5432/postgres?sslmode=disable"
