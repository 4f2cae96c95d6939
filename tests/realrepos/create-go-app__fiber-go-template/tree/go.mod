module github.com/create-go-app/fiber-go-template
go 1.24.0
toolchain go1.24.1

require (
	github.com/go-playground/validator/v10 v10.30.1
	github.com/go-sql-driver/mysql v1.9.3
	github.com/gofiber/contrib/jwt v1.1.2
	github.com/gofiber/fiber/v2 v2.52.9
	github.com/gofiber/swagger v1.1.1
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v4 v4.18.3
	github.com/jmoiron/sqlx v1.4.0
	github.com/joho/godotenv v1.5.1
	github.com/redis/go-redis/v9 v9.14.0
	github.com/stretchr/testify v1.11.1
	github.com/swaggo/swag v1.16.6
	golang.org/x/crypto v0.47.0
)
