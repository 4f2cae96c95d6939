module github.com/AleksK1NG/cqrs-microservices
go 1.16

require (
	github.com/avast/retry-go v3.0.0+incompatible
	github.com/go-playground/validator v9.31.0+incompatible
	github.com/go-redis/redis/v8 v8.11.3
	github.com/go-resty/resty/v2 v2.6.0
	github.com/grpc-ecosystem/go-grpc-middleware v1.3.0
	github.com/grpc-ecosystem/go-grpc-prometheus v1.2.0
	github.com/heptiolabs/healthcheck v0.0.0-20180807145615-6ff867650f40
	github.com/jackc/pgx/v4 v4.13.0
	github.com/labstack/echo/v4 v4.5.0
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.11.0
	github.com/satori/go.uuid v1.2.0
	github.com/segmentio/kafka-go v0.4.17
	github.com/spf13/viper v1.8.1
	github.com/swaggo/echo-swagger v1.1.2
	github.com/swaggo/swag v1.7.1
	github.com/uber/jaeger-client-go v2.29.1+incompatible
	go.mongodb.org/mongo-driver v1.7.1
	go.uber.org/zap v1.19.0
	google.golang.org/grpc v1.40.0
	google.golang.org/protobuf v1.27.1
)
