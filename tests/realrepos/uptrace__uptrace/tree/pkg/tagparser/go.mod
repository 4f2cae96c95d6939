module github.com/uptrace/pkg/tagparser
go 1.23.3

require (
	github.com/stretchr/testify v1.10.0
)
