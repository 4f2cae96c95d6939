module github.com/densumes/query-deduplication
go 1.24.2

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.34.0
	github.com/google/uuid v1.6.0
	github.com/joho/godotenv v1.5.1
)
