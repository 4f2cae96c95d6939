module github.com/unkeyed/unkey/tools/pricing
go 1.25.1

require (
	github.com/stripe/stripe-go/v86 v86.1.1
	github.com/urfave/cli/v3 v3.10.0
)
