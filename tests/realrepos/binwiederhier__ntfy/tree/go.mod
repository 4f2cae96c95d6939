module heckel.io/ntfy/v2
go 1.24
toolchain go1.24.0

require (
	github.com/emersion/go-smtp v0.18.0
	github.com/gabriel-vasile/mimetype v1.4.9
	github.com/gorilla/websocket v1.5.3
	github.com/mattn/go-sqlite3 v1.14.28
	github.com/olebedev/when v1.1.0
	github.com/stretchr/testify v1.10.0
	github.com/urfave/cli/v2 v2.27.7
	golang.org/x/crypto v0.39.0
	golang.org/x/sync v0.15.0
	golang.org/x/term v0.32.0
	golang.org/x/time v0.12.0
	google.golang.org/api v0.240.0
	gopkg.in/yaml.v2 v2.4.0
	firebase.google.com/go/v4 v4.16.1
	github.com/SherClockHolmes/webpush-go v1.4.0
	github.com/microcosm-cc/bluemonday v1.0.27
	github.com/prometheus/client_golang v1.22.0
	github.com/stripe/stripe-go/v74 v74.30.0
)
