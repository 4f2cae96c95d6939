module echo-demo-project
go 1.12

require (
	github.com/ShkrutDenis/go-migrations v1.2.1
	github.com/alecthomas/template v0.0.0-20190718012654-fb15b899a751
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/go-ozzo/ozzo-validation v3.6.0+incompatible
	github.com/go-sql-driver/mysql v1.5.0
	github.com/jinzhu/gorm v1.9.12
	github.com/jmoiron/sqlx v1.2.0
	github.com/joho/godotenv v1.3.0
	github.com/labstack/echo/v4 v4.1.16
	github.com/selvatico/go-mocket v1.0.7
	github.com/stretchr/testify v1.5.1
	github.com/swaggo/echo-swagger v1.0.0
	github.com/swaggo/swag v1.6.5
	golang.org/x/crypto v0.0.0-20200510223506-06a226fb4e37
)
