module go.flipt.io/flipt/rpc/flipt
go 1.25.0

require (
	github.com/google/gnostic v0.7.1
	github.com/grpc-ecosystem/grpc-gateway v1.16.0
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.29.0
	github.com/stretchr/testify v1.11.1
	go.flipt.io/flipt/errors v1.45.0
	go.uber.org/zap v1.27.0
	google.golang.org/genproto/googleapis/api v0.0.0-20260706201446-f0a921348800
	google.golang.org/grpc v1.82.0
	google.golang.org/protobuf v1.36.11
)
replace go.flipt.io/flipt/errors => ../../errors/
