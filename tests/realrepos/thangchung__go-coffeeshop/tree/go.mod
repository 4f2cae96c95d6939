module github.com/thangchung/go-coffeeshop
go 1.19

require (
	github.com/golang-migrate/migrate/v4 v4.15.2
	github.com/golang/glog v1.0.0
	github.com/google/uuid v1.3.0
	github.com/google/wire v0.5.0
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.12.0
	github.com/ilyakaznacheev/cleanenv v1.3.0
	github.com/kyleconroy/sqlc v1.16.0
	github.com/labstack/echo/v4 v4.9.0
	github.com/lib/pq v1.10.7
	github.com/pkg/errors v0.9.1
	github.com/rabbitmq/amqp091-go v1.5.0
	github.com/samber/lo v1.33.0
	github.com/sirupsen/logrus v1.9.0
	github.com/stretchr/testify v1.8.1
	go.uber.org/automaxprocs v1.5.1
	golang.org/x/exp v0.0.0-20221026153819-32f3d567a233
	google.golang.org/genproto v0.0.0-20221014213838-99cd37c6964a
	google.golang.org/grpc v1.50.1
	google.golang.org/protobuf v1.28.1
)
