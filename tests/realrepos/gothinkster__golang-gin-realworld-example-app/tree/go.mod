module github.com/gothinkster/golang-gin-realworld-example-app
go 1.15

require (
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/gin-gonic/gin v1.8.1
	github.com/gosimple/slug v1.12.0
	github.com/jinzhu/gorm v1.9.16
	github.com/stretchr/testify v1.8.0
	golang.org/x/crypto v0.0.0-20220817201139-bc19a97f63c8
	gopkg.in/go-playground/validator.v8 v8.18.2
)
