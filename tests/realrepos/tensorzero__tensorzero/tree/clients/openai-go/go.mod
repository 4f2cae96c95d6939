module tensorzero/client/go
go 1.24.2

require (
	github.com/google/uuid v1.6.0
	github.com/openai/openai-go/v3 v3.15.0
	github.com/stretchr/testify v1.10.0
)
