module github.com/gotify/server/v2
go 1.25.0
toolchain go1.26.0

require (
	github.com/fortytw2/leaktest v1.3.0
	github.com/gin-contrib/cors v1.7.7
	github.com/gin-contrib/gzip v1.2.6
	github.com/gin-gonic/gin v1.12.0
	github.com/go-playground/validator/v10 v10.30.3
	github.com/gorilla/websocket v1.5.3
	github.com/gotify/location v0.0.0-20170722210143-03bc4ad20437
	github.com/gotify/plugin-api v1.0.0
	github.com/h2non/filetype v1.1.3
	github.com/joho/godotenv v1.5.1
	github.com/mattn/go-isatty v0.0.22
	github.com/robfig/cron v1.2.0
	github.com/rs/zerolog v1.35.1
	github.com/stretchr/testify v1.11.1
	github.com/zitadel/oidc/v3 v3.47.5
	golang.org/x/crypto v0.53.0
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/mysql v1.6.0
	gorm.io/driver/postgres v1.6.0
	gorm.io/driver/sqlite v1.6.0
	gorm.io/gorm v1.31.2
)
