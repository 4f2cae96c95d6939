module github.com/mikestefanello/pagoda
go 1.25.0

require (
	entgo.io/ent v0.14.6
	github.com/PuerkitoBio/goquery v1.12.0
	github.com/go-playground/validator/v10 v10.30.3
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/gorilla/context v1.1.2
	github.com/gorilla/sessions v1.4.0
	github.com/labstack/echo/v4 v4.14.0
	github.com/mattn/go-sqlite3 v1.14.49
	github.com/maypok86/otter v1.2.4
	github.com/mikestefanello/backlite v0.7.0
	github.com/spf13/afero v1.15.0
	github.com/spf13/viper v1.21.0
	github.com/stretchr/testify v1.11.1
	golang.org/x/crypto v0.55.0
	maragu.dev/gomponents v1.3.0
)
