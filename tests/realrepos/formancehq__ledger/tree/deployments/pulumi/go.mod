module github.com/formancehq/ledger/deployments/pulumi
go 1.25.0
toolchain go1.25.4

require (
	github.com/formancehq/go-libs/v5 v5.6.1
	github.com/google/uuid v1.6.0
	github.com/invopop/jsonschema v0.13.0
	github.com/kos-v/dsnparser v1.1.0
	github.com/pulumi/pulumi-aws/sdk/v6 v6.81.0
	github.com/pulumi/pulumi-kubernetes/sdk/v4 v4.23.0
	github.com/pulumi/pulumi/pkg/v3 v3.171.0
	github.com/pulumi/pulumi/sdk/v3 v3.171.0
	github.com/spf13/cobra v1.10.2
	github.com/stretchr/testify v1.11.1
	gopkg.in/yaml.v3 v3.0.1
)
