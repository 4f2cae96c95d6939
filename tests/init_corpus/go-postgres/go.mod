module github.com/acme/ledger

go 1.22.0

toolchain go1.22.5

require (
	github.com/jackc/pgx/v5 v5.6.0
	github.com/go-chi/chi/v5 v5.0.12
)

require (
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/redis/go-redis/v9 v9.5.1 // indirect
)
