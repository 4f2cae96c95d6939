module github.com/eminetto/clean-architecture-go-v2
go 1.18

require (
	github.com/codegangsta/negroni v0.3.0
	github.com/go-sql-driver/mysql v1.5.0
	github.com/golang/mock v1.6.0
	github.com/google/uuid v1.1.1
	github.com/gorilla/context v1.1.1
	github.com/gorilla/mux v1.6.2
	github.com/prometheus/client_golang v1.7.1
	github.com/stretchr/testify v1.6.1
	golang.org/x/crypto v0.0.0-20191011191535-87dc89f01550
)
