module github.com/formancehq/ledger/tools/provisioner
go 1.26.0

require (
	github.com/formancehq/go-libs/v5 v5.6.1
	github.com/formancehq/ledger v0.0.0-00010101000000-000000000000
	github.com/formancehq/ledger/pkg/client v0.0.0-00010101000000-000000000000
	github.com/google/go-cmp v0.7.0
	github.com/spf13/cobra v1.10.2
	github.com/stretchr/testify v1.12.0
	gopkg.in/yaml.v2 v2.4.0
	gopkg.in/yaml.v3 v3.0.1
	k8s.io/api v0.33.4
	k8s.io/apimachinery v0.33.4
	k8s.io/client-go v0.33.4
	github.com/go-sql-driver/mysql v1.9.3 // indirect
	github.com/jackc/pgx/v5 v5.9.2 // indirect
)
replace github.com/formancehq/ledger => ../..
replace github.com/formancehq/ledger/pkg/client => ../../pkg/client
