module github.com/cortezaproject/corteza/extra/server-discovery
go 1.19

require (
	github.com/cortezaproject/corteza/server v0.0.0-00010101000000-000000000000
	github.com/davecgh/go-spew v1.1.1
	github.com/elastic/go-elasticsearch/v7 v7.12.0
	github.com/go-chi/chi/v5 v5.0.7
	github.com/go-chi/cors v1.2.1
	github.com/go-chi/jwtauth v1.2.0
	github.com/go-oauth2/oauth2/v4 v4.4.3
	github.com/jmoiron/sqlx v1.3.5
	github.com/lestrrat-go/jwx v1.2.28
	github.com/microcosm-cc/bluemonday v1.0.18
	github.com/spf13/cast v1.4.1
	github.com/stretchr/testify v1.8.4
	go.uber.org/atomic v1.9.0
	go.uber.org/zap v1.21.0
)
replace github.com/cortezaproject/corteza/server => ../../server
