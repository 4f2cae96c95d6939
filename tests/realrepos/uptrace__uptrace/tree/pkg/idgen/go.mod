module github.com/uptrace/pkg/idgen
go 1.23.3

require (
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/bun v1.2.6
	github.com/uptrace/pkg/clickhouse v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/msgp v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unsafeconv v0.0.0-00010101000000-000000000000
	github.com/zeebo/xxh3 v1.0.2
)
replace github.com/uptrace/pkg/clickhouse => ../clickhouse
replace github.com/uptrace/pkg/tagparser => ../tagparser
replace github.com/uptrace/pkg/msgp => ../msgp
replace github.com/uptrace/pkg/unsafeconv => ../unsafeconv
replace github.com/uptrace/pkg/unixtime => ../unixtime
