module github.com/GoogleCloudPlatform/microservices-demo/src/productcatalogservice
go 1.25.8
toolchain go1.26.5

require (
	cloud.google.com/go/alloydbconn v1.18.5
	cloud.google.com/go/profiler v0.6.0
	cloud.google.com/go/secretmanager v1.21.0
	github.com/golang/protobuf v1.5.4
	github.com/jackc/pgx/v5 v5.10.0
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.4
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.70.0
	go.opentelemetry.io/otel v1.45.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.45.0
	go.opentelemetry.io/otel/sdk v1.45.0
	google.golang.org/grpc v1.83.0
	google.golang.org/protobuf v1.36.11
)
