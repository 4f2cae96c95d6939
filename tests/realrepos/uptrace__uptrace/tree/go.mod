module github.com/uptrace/uptrace
go 1.24.0

require (
	github.com/cespare/xxhash/v2 v2.3.0
	github.com/coreos/go-oidc/v3 v3.14.1
	github.com/go-logr/zapr v1.3.0
	github.com/golang-jwt/jwt/v4 v4.5.2
	github.com/klauspost/compress v1.18.0
	github.com/mileusna/useragent v1.3.5
	github.com/mostynb/go-grpc-compression v1.2.2
	github.com/prometheus/prometheus v0.49.1
	github.com/rs/cors v1.11.1
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/bun v1.2.7-0.20241126124946-928d0779110e
	github.com/uptrace/bun/dialect/pgdialect v1.2.7-0.20241126124946-928d0779110e
	github.com/uptrace/bun/driver/pgdriver v1.2.7-0.20241126124946-928d0779110e
	github.com/uptrace/bun/extra/bundebug v1.2.7-0.20241126124946-928d0779110e
	github.com/uptrace/bun/extra/bunotel v1.2.7-0.20241126124946-928d0779110e
	github.com/uptrace/bunrouter v1.0.23
	github.com/uptrace/bunrouter/extra/bunrouterotel v1.0.23
	github.com/uptrace/bunrouter/extra/reqlog v1.0.22
	github.com/uptrace/opentelemetry-go-extra/otelzap v0.3.2
	github.com/uptrace/pkg/clickhouse v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/idgen v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unixtime v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unsafeconv v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/urlstruct v0.0.0-00010101000000-000000000000
	github.com/uptrace/uptrace-go v1.28.0
	github.com/urfave/cli/v2 v2.27.7
	github.com/vmihailenco/msgpack/v5 v5.4.1
	github.com/vmihailenco/taskq/extra/oteltaskq/v4 v4.0.0-beta.4
	github.com/vmihailenco/taskq/pgq/v4 v4.0.0-beta.4
	github.com/vmihailenco/taskq/v4 v4.0.0-beta.4
	github.com/wk8/go-ordered-map/v2 v2.1.8
	github.com/wneessen/go-mail v0.4.3
	github.com/xhit/go-str2duration/v2 v2.1.0
	github.com/zyedidia/generic v1.2.1
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.48.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.48.0
	go.opentelemetry.io/otel v1.36.0
	go.opentelemetry.io/otel/metric v1.36.0
	go.opentelemetry.io/otel/trace v1.36.0
	go.opentelemetry.io/proto/otlp v1.7.0
	go.uber.org/fx v1.23.0
	go.uber.org/zap v1.27.0
	go4.org v0.0.0-20230225012048-214862532bf5
	golang.org/x/crypto v0.43.0
	golang.org/x/exp v0.0.0-20241204233417-43b7b7cde48d
	golang.org/x/net v0.45.0
	gonum.org/v1/gonum v0.14.0
	google.golang.org/grpc v1.74.2
	google.golang.org/protobuf v1.36.6
	gopkg.in/yaml.v3 v3.0.1
)
replace github.com/grafana/tempo => ./pkg/tempo
replace github.com/uptrace/pkg/clickhouse => ./pkg/clickhouse
replace github.com/uptrace/pkg/unsafeconv => ./pkg/unsafeconv
replace github.com/uptrace/pkg/tagparser => ./pkg/tagparser
replace github.com/uptrace/pkg/msgp => ./pkg/msgp
replace github.com/uptrace/pkg/unixtime => ./pkg/unixtime
replace github.com/uptrace/pkg/idgen => ./pkg/idgen
replace github.com/uptrace/pkg/urlstruct => ./pkg/urlstruct
replace github.com/vmihailenco/taskq/v4 => ./pkg/taskq
replace github.com/vmihailenco/taskq/pgq/v4 => ./pkg/taskq/pgq
replace github.com/vmihailenco/taskq/extra/oteltaskq/v4 => ./pkg/taskq/extra/oteltaskq
