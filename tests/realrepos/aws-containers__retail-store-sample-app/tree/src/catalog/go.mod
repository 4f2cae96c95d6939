module github.com/aws-containers/retail-store-sample-app/catalog
go 1.25.0

require (
	github.com/gin-gonic/gin v1.10.1
	github.com/go-sql-driver/mysql v1.8.1
	github.com/opensearch-project/opensearch-go/v2 v2.3.0
	github.com/sethvargo/go-envconfig v0.1.1
	github.com/stretchr/testify v1.11.1
	github.com/testcontainers/testcontainers-go v0.35.0
	github.com/zsais/go-gin-prometheus v0.1.0
	go.opentelemetry.io/contrib/detectors/aws/ec2 v1.34.0
	go.opentelemetry.io/otel v1.43.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace v1.43.0
	go.opentelemetry.io/otel/sdk v1.43.0
	gorm.io/driver/mysql v1.5.7
	gorm.io/driver/sqlite v1.5.7
	gorm.io/gorm v1.25.12
	go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin v0.59.0
	go.opentelemetry.io/contrib/propagators/aws v1.34.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.43.0
	gorm.io/plugin/opentelemetry v0.1.12
)
