module github.com/ory/keto/gen/go
go 1.25.5

require (
	connectrpc.com/connect v1.20.0
	github.com/stretchr/testify v1.11.1
	google.golang.org/grpc v1.82.1
	google.golang.org/protobuf v1.36.11
)
