module caos-test-op
go 1.17

require (
	github.com/caos/oidc v0.15.10
	github.com/gorilla/mux v1.8.1
	gopkg.in/square/go-jose.v2 v2.6.0
)
