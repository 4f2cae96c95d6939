go 1.26
module github.com/ory/keto

require (
	connectrpc.com/connect v1.20.0
	connectrpc.com/grpchealth v1.4.1-0.20260420170649-371aedad91aa
	connectrpc.com/grpcreflect v1.3.0
	github.com/cenkalti/backoff/v3 v3.2.2
	github.com/dgraph-io/ristretto/v2 v2.4.0
	github.com/ghodss/yaml v1.0.0
	github.com/go-sql-driver/mysql v1.10.0
	github.com/gobuffalo/httptest v1.5.2
	github.com/gofrs/uuid v4.4.0+incompatible
	github.com/grpc-ecosystem/go-grpc-middleware/v2 v2.3.3
	github.com/jmoiron/sqlx v1.4.0
	github.com/ory/analytics-go/v5 v5.0.1
	github.com/ory/graceful v0.2.0
	github.com/ory/herodot v0.10.9-0.20260330111132-da75ef0fbc22
	github.com/ory/jsonschema/v3 v3.0.9-0.20250317235931-280c5fc7bf0e
	github.com/ory/keto/gen/go v0.0.0-00010101000000-000000000000
	github.com/ory/pop/v6 v6.4.2-0.20260507161217-89126558d369
	github.com/ory/x v0.0.0-00010101000000-000000000000
	github.com/pelletier/go-toml v1.9.5
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_model v0.6.2
	github.com/prometheus/common v0.68.1
	github.com/rs/cors v1.11.1
	github.com/segmentio/objconv v1.0.1
	github.com/sirupsen/logrus v1.9.4
	github.com/spf13/cobra v1.10.2
	github.com/spf13/pflag v1.0.10
	github.com/stretchr/testify v1.11.1
	github.com/tidwall/gjson v1.19.0
	github.com/tidwall/sjson v1.2.5
	github.com/urfave/negroni v1.0.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.69.0
	go.opentelemetry.io/otel v1.44.0
	go.opentelemetry.io/otel/sdk v1.44.0
	go.opentelemetry.io/otel/trace v1.44.0
	go.uber.org/goleak v1.3.0
	golang.org/x/oauth2 v0.36.0
	golang.org/x/sync v0.21.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260608224507-4308a22a1bab
	google.golang.org/grpc v1.82.1
	google.golang.org/protobuf v1.36.11
	github.com/jackc/pgx/v5 v5.10.0 // indirect
	github.com/lib/pq v1.12.0 // indirect
)
replace github.com/ory/keto/gen/go => ./gen/go
replace github.com/ory/x => ./oryx
