module pocketbase
go 1.24.0
toolchain go1.24.1

require (
	github.com/go-ap/jsonld v0.0.0-20250905102310-8480b0fe24d9
	github.com/meilisearch/meilisearch-go v0.29.0
	github.com/pocketbase/dbx v1.11.0
	github.com/pocketbase/pocketbase v0.30.0
	github.com/tkrajina/gpxgo v1.4.0
	github.com/go-ap/activitypub v0.0.0-20250905102448-e9df599e4528
	github.com/go-fed/httpsig v1.1.0
	github.com/microcosm-cc/bluemonday v1.0.27
	github.com/spf13/cast v1.10.0
	github.com/spf13/cobra v1.10.1
	github.com/twpayne/go-polyline v1.1.1
	golang.org/x/net v0.44.0
	golang.org/x/sync v0.17.0
)
