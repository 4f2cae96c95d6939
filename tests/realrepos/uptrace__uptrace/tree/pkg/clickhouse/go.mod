module github.com/uptrace/pkg/clickhouse
go 1.23.3

require (
	github.com/Masterminds/sprig/v3 v3.3.0
	github.com/bradleyjkemp/cupaloy v2.3.0+incompatible
	github.com/brianvoe/gofakeit/v5 v5.11.2
	github.com/codemodus/kace v0.5.1
	github.com/fatih/color v1.18.0
	github.com/go-faster/city v1.0.1
	github.com/jinzhu/inflection v1.0.0
	github.com/klauspost/compress v1.17.11
	github.com/pierrec/lz4/v4 v4.1.21
	github.com/puzpuzpuz/xsync/v3 v3.4.0
	github.com/segmentio/asm v1.2.0
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/pkg/msgp v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/tagparser v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unixtime v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unsafeconv v0.0.0-00010101000000-000000000000
	github.com/zeebo/xxh3 v1.0.2
	go.opentelemetry.io/otel v1.32.0
	go.opentelemetry.io/otel/trace v1.32.0
	go4.org v0.0.0-20230225012048-214862532bf5
	golang.org/x/exp v0.0.0-20241204233417-43b7b7cde48d
)
replace github.com/uptrace/pkg/unsafeconv => ../unsafeconv
replace github.com/uptrace/pkg/tagparser => ../tagparser
replace github.com/uptrace/pkg/msgp => ../msgp
replace github.com/uptrace/pkg/unixtime => ../unixtime
