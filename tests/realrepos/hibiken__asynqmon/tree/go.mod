module github.com/hibiken/asynqmon
go 1.16

require (
	github.com/google/go-cmp v0.5.7
	github.com/gorilla/mux v1.8.0
	github.com/hibiken/asynq v0.24.1
	github.com/hibiken/asynq/x v0.0.0-20211219150637-8dfabfccb3be
	github.com/prometheus/client_golang v1.11.1
	github.com/redis/go-redis/v9 v9.0.4
	github.com/rs/cors v1.7.0
)
