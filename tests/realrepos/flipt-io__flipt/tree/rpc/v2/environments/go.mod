module go.flipt.io/flipt/rpc/v2/environments
go 1.25.0

require (
	github.com/google/gnostic v0.7.1
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.29.0
	go.flipt.io/flipt/errors v1.45.0
	go.flipt.io/flipt/rpc/flipt v1.54.0
	google.golang.org/genproto/googleapis/api v0.0.0-20260706201446-f0a921348800
	google.golang.org/grpc v1.82.0
	google.golang.org/protobuf v1.36.11
)
replace go.flipt.io/flipt/rpc/flipt => ../../flipt
