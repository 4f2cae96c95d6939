module github.com/ory/keto/proto
go 1.26

require (
	github.com/stretchr/testify v1.10.0
	google.golang.org/grpc v1.82.1
	google.golang.org/protobuf v1.36.11
)
