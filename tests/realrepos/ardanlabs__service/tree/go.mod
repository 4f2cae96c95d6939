module github.com/ardanlabs/service
go 1.26.0

require (
	github.com/ardanlabs/conf/v3 v3.12.0
	github.com/ardanlabs/darwin/v3 v3.3.1
	github.com/arl/statsviz v0.8.0
	github.com/golang-jwt/jwt/v4 v4.5.2
	github.com/google/go-cmp v0.7.0
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.10.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/markbates/goth v1.82.0
	github.com/open-policy-agent/opa v1.17.1
	github.com/viccon/sturdyc v1.1.5
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.69.0
	go.opentelemetry.io/otel v1.44.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace v1.44.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.44.0
	go.opentelemetry.io/otel/sdk v1.44.0
	go.opentelemetry.io/otel/trace v1.44.0
	golang.org/x/crypto v0.53.0
	google.golang.org/grpc v1.81.1
	google.golang.org/protobuf v1.36.11
)
