module github.com/AleksK1NG/go-elasticsearch
go 1.18

require (
	github.com/avast/retry-go v3.0.0+incompatible
	github.com/brianvoe/gofakeit/v6 v6.18.0
	github.com/elastic/elastic-transport-go/v8 v8.1.0
	github.com/elastic/go-elasticsearch/v8 v8.3.0
	github.com/go-playground/validator v9.31.0+incompatible
	github.com/go-resty/resty/v2 v2.7.0
	github.com/heptiolabs/healthcheck v0.0.0-20211123025425-613501dd5deb
	github.com/json-iterator/go v1.1.12
	github.com/labstack/echo/v4 v4.7.2
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.12.2
	github.com/rabbitmq/amqp091-go v1.4.0
	github.com/satori/go.uuid v1.2.0
	github.com/segmentio/kafka-go v0.4.33
	github.com/spf13/viper v1.12.0
	github.com/stretchr/testify v1.8.0
	github.com/uber/jaeger-client-go v2.30.0+incompatible
	go.uber.org/zap v1.21.0
	golang.org/x/sync v0.0.0-20210220032951-036812b2e83c
	google.golang.org/grpc v1.46.2
)
