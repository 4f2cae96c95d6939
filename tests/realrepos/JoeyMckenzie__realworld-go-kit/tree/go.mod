module github.com/joeymckenzie/realworld-go-kit
go 1.20

require (
	github.com/go-chi/chi v1.5.4
	github.com/go-chi/cors v1.2.1
	github.com/go-faker/faker/v4 v4.1.0
	github.com/go-kit/kit v0.12.0
	github.com/go-playground/validator/v10 v10.12.0
	github.com/go-sql-driver/mysql v1.7.0
	github.com/gofrs/uuid v4.4.0+incompatible
	github.com/golang-jwt/jwt/v5 v5.0.0-rc.2
	github.com/gosimple/slug v1.13.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/stretchr/testify v1.8.2
	golang.org/x/crypto v0.8.0
	golang.org/x/exp v0.0.0-20230425010034-47ecfdc1ba53
	github.com/lib/pq v1.10.2 // indirect
)
