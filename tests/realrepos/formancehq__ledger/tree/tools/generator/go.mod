module github.com/formancehq/ledger/tools/generator
go 1.26.0

require (
	github.com/formancehq/go-libs/v5 v5.6.1
	github.com/formancehq/ledger v0.0.0-00010101000000-000000000000
	github.com/formancehq/ledger/pkg/client v0.0.0-00010101000000-000000000000
	github.com/spf13/cobra v1.10.2
	github.com/stretchr/testify v1.12.0
	golang.org/x/oauth2 v0.36.0
	github.com/jackc/pgx/v5 v5.9.2 // indirect
)
replace github.com/formancehq/ledger => ../..
replace github.com/formancehq/ledger/pkg/client => ../../pkg/client
