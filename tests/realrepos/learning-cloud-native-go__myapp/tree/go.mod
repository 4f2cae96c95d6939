module myapp
go 1.26

require (
	github.com/caarlos0/env/v11 v11.4.1
	github.com/go-chi/chi/v5 v5.3.0
	github.com/go-playground/validator/v10 v10.30.3
	github.com/google/go-cmp v0.7.0
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.10.0
	github.com/pressly/goose/v3 v3.27.1
	github.com/rs/xid v1.6.0
	github.com/rs/zerolog v1.35.1
	gorm.io/cli/gorm v0.2.4
	gorm.io/driver/postgres v1.6.0
	gorm.io/gorm v1.31.1
)
