module miniflux.app/v2
go 1.26.0

require (
	github.com/PuerkitoBio/goquery v1.12.0
	github.com/andybalholm/brotli v1.2.2
	github.com/coreos/go-oidc/v3 v3.20.0
	github.com/go-webauthn/webauthn v0.17.4
	github.com/lib/pq v1.12.3
	github.com/prometheus/client_golang v1.24.1
	github.com/tdewolff/minify/v2 v2.24.14
	golang.org/x/crypto v0.54.0
	golang.org/x/image v0.44.0
	golang.org/x/net v0.57.0
	golang.org/x/oauth2 v0.36.0
	golang.org/x/term v0.45.0
	golang.org/x/text v0.40.0
)
