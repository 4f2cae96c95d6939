module github.com/uptrace/pkg/unixtime
go 1.23.3

require (
	github.com/puzpuzpuz/xsync/v3 v3.4.0
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/pkg/msgp v0.0.0-00010101000000-000000000000
	github.com/uptrace/pkg/unsafeconv v0.0.0-00010101000000-000000000000
	go4.org v0.0.0-20230225012048-214862532bf5
)
replace github.com/uptrace/pkg/msgp => ../msgp
replace github.com/uptrace/pkg/unsafeconv => ../unsafeconv
replace github.com/uptrace/pkg/tagparser => ../tagparser
