module gin-blog
go 1.21
toolchain go1.21.0

require (
	github.com/gin-contrib/cors v1.4.0
	github.com/gin-gonic/gin v1.9.1
	github.com/glebarez/sqlite v1.10.0
	github.com/golang-jwt/jwt/v4 v4.4.2
	github.com/k3a/html2text v1.2.1
	github.com/qiniu/go-sdk/v7 v7.13.0
	github.com/spf13/viper v1.13.0
	github.com/stretchr/testify v1.9.0
	github.com/swaggo/files v1.0.1
	github.com/swaggo/gin-swagger v1.6.0
	github.com/swaggo/swag v1.16.2
	github.com/thanhpk/randstr v1.0.6
	github.com/vanng822/go-premailer v1.22.0
	golang.org/x/crypto v0.27.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
	gorm.io/driver/mysql v1.4.1
	gorm.io/gorm v1.25.5
	github.com/gin-contrib/sessions v0.0.5
	github.com/go-redis/redis/v9 v9.0.0-rc.1
	github.com/lionsoul2014/ip2region/binding/golang v0.0.0-20221013140621-6a1e63a75290
	xojoc.pw/useragent v0.0.0-20200116211053-1ec61d55e8fe
)
