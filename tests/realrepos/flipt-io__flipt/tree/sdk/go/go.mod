module go.flipt.io/flipt/sdk/go
go 1.25.0

require (
	go.flipt.io/flipt/rpc/flipt v1.54.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260706201446-f0a921348800
	google.golang.org/grpc v1.82.0
	google.golang.org/protobuf v1.36.11
)
replace go.flipt.io/flipt/errors => ../../errors/
replace go.flipt.io/flipt/rpc/flipt => ../../rpc/flipt/
