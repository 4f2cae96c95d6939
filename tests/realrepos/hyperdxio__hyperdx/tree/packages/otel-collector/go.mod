module github.com/hyperdxio/hyperdx/packages/otel-collector
go 1.25

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.43.0
	github.com/pressly/goose/v3 v3.26.0
)
