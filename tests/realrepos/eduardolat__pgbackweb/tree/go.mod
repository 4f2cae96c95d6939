module github.com/eduardolat/pgbackweb
go 1.23.5

require (
	github.com/adhocore/gronx v1.8.1
	github.com/aws/aws-sdk-go-v2 v1.36.0
	github.com/aws/aws-sdk-go-v2/config v1.29.5
	github.com/aws/aws-sdk-go-v2/credentials v1.17.58
	github.com/aws/aws-sdk-go-v2/feature/s3/manager v1.17.49
	github.com/aws/aws-sdk-go-v2/service/s3 v1.72.3
	github.com/caarlos0/env/v11 v11.3.1
	github.com/go-co-op/gocron/v2 v2.11.0
	github.com/go-playground/validator/v10 v10.22.0
	github.com/google/uuid v1.6.0
	github.com/joho/godotenv v1.5.1
	github.com/labstack/echo/v4 v4.12.0
	github.com/lib/pq v1.10.9
	github.com/nodxdev/nodxgo v0.2.2
	github.com/nodxdev/nodxgo-alpine v0.1.0
	github.com/nodxdev/nodxgo-htmx v0.1.0
	github.com/nodxdev/nodxgo-lucide v0.1.1
	github.com/orsinium-labs/enum v1.4.0
	github.com/stretchr/testify v1.9.0
	golang.org/x/crypto v0.25.0
	golang.org/x/sync v0.7.0
)
