module github.com/openstatushq/openstatus/apps/private-location
go 1.25.2

require (
	connectrpc.com/connect v1.19.1
	github.com/go-chi/chi/v5 v5.2.3
	github.com/go-chi/render v1.0.3
	github.com/google/uuid v1.6.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/joho/godotenv v1.5.1
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/openstatushq/openstatus/apps/checker v0.0.0-20251012205355-e366f661c23e
	github.com/stretchr/testify v1.11.1
	github.com/tursodatabase/libsql-client-go v0.0.0-20240902231107-85af5b9d094d
	go.opentelemetry.io/contrib/bridges/otelslog v0.14.0
	go.opentelemetry.io/otel v1.39.0
	go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp v0.15.0
	go.opentelemetry.io/otel/log v0.15.0
	go.opentelemetry.io/otel/sdk v1.39.0
	go.opentelemetry.io/otel/sdk/log v0.15.0
	google.golang.org/protobuf v1.36.10
)
