module github.com/techschool/simplebank
go 1.22

require (
	github.com/aead/chacha20poly1305 v0.0.0-20201124145622-1a5aba2a8b29
	github.com/gin-gonic/gin v1.7.7
	github.com/go-playground/validator/v10 v10.10.1
	github.com/go-redis/redis/v8 v8.11.5
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/golang-migrate/migrate/v4 v4.15.1
	github.com/golang/mock v1.6.0
	github.com/google/uuid v1.3.0
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.10.0
	github.com/hibiken/asynq v0.23.0
	github.com/jackc/pgx/v5 v5.3.1
	github.com/jordan-wright/email v4.0.1-0.20210109023952-943e75fe5223+incompatible
	github.com/o1egl/paseto v1.0.0
	github.com/rakyll/statik v0.1.7
	github.com/rs/cors v1.10.1
	github.com/rs/zerolog v1.28.0
	github.com/spf13/viper v1.10.1
	github.com/stretchr/testify v1.8.1
	golang.org/x/crypto v0.6.0
	golang.org/x/sync v0.1.0
	google.golang.org/genproto v0.0.0-20220317150908-0efb43f6373e
	google.golang.org/grpc v1.45.0
	google.golang.org/protobuf v1.28.1
)
