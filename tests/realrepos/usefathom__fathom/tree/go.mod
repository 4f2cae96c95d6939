module github.com/usefathom/fathom
go 1.19

require (
	github.com/go-sql-driver/mysql v1.6.0
	github.com/gobuffalo/packr/v2 v2.8.3
	github.com/google/uuid v1.3.0
	github.com/gorilla/context v1.1.1
	github.com/gorilla/handlers v1.5.1
	github.com/gorilla/mux v1.8.0
	github.com/gorilla/sessions v1.2.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/joho/godotenv v1.4.0
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/lib/pq v1.10.7
	github.com/mattn/go-sqlite3 v1.14.16
	github.com/mssola/user_agent v0.5.3
	github.com/rubenv/sql-migrate v1.2.0
	github.com/sirupsen/logrus v1.9.0
	github.com/urfave/cli v1.22.10
	golang.org/x/crypto v0.3.0
)
