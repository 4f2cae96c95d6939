module github.com/songquanpeng/one-api
go 1.20

require (
	cloud.google.com/go/iam v1.1.10
	github.com/aws/aws-sdk-go-v2 v1.27.0
	github.com/aws/aws-sdk-go-v2/credentials v1.17.15
	github.com/aws/aws-sdk-go-v2/service/bedrockruntime v1.8.3
	github.com/gin-contrib/cors v1.7.2
	github.com/gin-contrib/gzip v1.0.1
	github.com/gin-contrib/sessions v1.0.1
	github.com/gin-contrib/static v1.1.2
	github.com/gin-gonic/gin v1.10.0
	github.com/go-playground/validator/v10 v10.20.0
	github.com/go-redis/redis/v8 v8.11.5
	github.com/golang-jwt/jwt v3.2.2+incompatible
	github.com/google/uuid v1.6.0
	github.com/gorilla/websocket v1.5.1
	github.com/jinzhu/copier v0.4.0
	github.com/joho/godotenv v1.5.1
	github.com/patrickmn/go-cache v2.1.0+incompatible
	github.com/pkg/errors v0.9.1
	github.com/pkoukk/tiktoken-go v0.1.7
	github.com/smartystreets/goconvey v1.8.1
	github.com/stretchr/testify v1.9.0
	golang.org/x/crypto v0.31.0
	golang.org/x/image v0.18.0
	golang.org/x/sync v0.10.0
	google.golang.org/api v0.187.0
	gorm.io/driver/mysql v1.5.6
	gorm.io/driver/postgres v1.5.7
	gorm.io/driver/sqlite v1.5.1
	gorm.io/gorm v1.25.10
	github.com/go-sql-driver/mysql v1.8.1 // indirect
	github.com/jackc/pgx/v5 v5.5.5 // indirect
)
