module github.com/bagashiz/go-pos
go 1.22

require (
	aidanwoods.dev/go-paseto v1.5.2
	github.com/Masterminds/squirrel v1.5.4
	github.com/brianvoe/gofakeit/v6 v6.28.0
	github.com/gin-contrib/cors v1.7.2
	github.com/gin-gonic/gin v1.10.0
	github.com/golang-migrate/migrate/v4 v4.17.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/joho/godotenv v1.5.1
	github.com/redis/go-redis/v9 v9.6.1
	github.com/samber/slog-gin v1.13.3
	github.com/samber/slog-multi v1.2.1
	github.com/stretchr/testify v1.9.0
	github.com/swaggo/files v1.0.1
	github.com/swaggo/gin-swagger v1.6.0
	github.com/swaggo/swag v1.16.3
	go.uber.org/mock v0.4.0
	golang.org/x/crypto v0.27.0
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
	github.com/go-playground/validator/v10 v10.22.1
	github.com/lib/pq v1.10.9 // indirect
)
