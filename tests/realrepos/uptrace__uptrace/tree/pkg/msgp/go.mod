module github.com/uptrace/pkg/msgp
go 1.23.3

require (
	github.com/davecgh/go-spew v1.1.1
	github.com/google/go-cmp v0.6.0
	github.com/segmentio/encoding v0.4.1
	github.com/stretchr/testify v1.10.0
	github.com/uptrace/pkg/tagparser v0.0.0-00010101000000-000000000000
	github.com/vmihailenco/msgpack/v5 v5.4.1
	golang.org/x/tools v0.28.0
)
replace github.com/uptrace/pkg/tagparser => ../tagparser
