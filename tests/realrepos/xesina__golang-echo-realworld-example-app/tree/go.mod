module github.com/xesina/golang-echo-realworld-example-app
go 1.12

require (
	github.com/alecthomas/template v0.0.0-20190718012654-fb15b899a751
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/gosimple/slug v1.5.0
	github.com/jinzhu/gorm v1.9.8
	github.com/labstack/echo/v4 v4.1.16
	github.com/labstack/gommon v0.3.0
	github.com/stretchr/testify v1.4.0
	github.com/swaggo/echo-swagger v1.0.0
	github.com/swaggo/swag v1.6.5
	golang.org/x/crypto v0.0.0-20200429183012-4b2356b1ed79
	gopkg.in/go-playground/validator.v9 v9.28.0
)
