module github.com/formancehq/ledger/pkg/client
go 1.22

require (
	github.com/stretchr/testify v1.12.0
	golang.org/x/sync v0.8.0
)
