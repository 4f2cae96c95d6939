module github.com/quay/clair/config
go 1.22.0

require (
	github.com/google/go-cmp v0.7.0
)
