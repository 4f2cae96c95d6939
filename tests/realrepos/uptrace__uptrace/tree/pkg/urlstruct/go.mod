module github.com/uptrace/pkg/urlstruct
go 1.23.3

require (
	github.com/codemodus/kace v0.5.1
	github.com/puzpuzpuz/xsync/v3 v3.4.0
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/pkg/unixtime v0.0.0-00010101000000-000000000000
	github.com/uptrace/uptrace v1.7.7
	github.com/vmihailenco/tagparser v0.1.2
)
replace github.com/uptrace/pkg/unsafeconv => ../unsafeconv
replace github.com/uptrace/pkg/unixtime => ../unixtime
replace github.com/uptrace/pkg/tagparser => ../tagparser
replace github.com/uptrace/pkg/msgp => ../msgp
