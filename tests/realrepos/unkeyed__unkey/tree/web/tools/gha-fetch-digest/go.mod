module github.com/unkeyed/unkey/tools/gha-fetch-digest
go 1.25.1

require (
	github.com/google/go-github/v63 v63.0.0
	github.com/spf13/cobra v1.10.1
)
