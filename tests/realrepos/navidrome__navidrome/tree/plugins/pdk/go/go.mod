module github.com/navidrome/navidrome/plugins/pdk/go
go 1.25

require (
	github.com/extism/go-pdk v1.1.3
	github.com/stretchr/testify v1.11.1
)
