module go.flipt.io/flipt/sdk/go/v2
go 1.25.0

require (
	go.flipt.io/flipt/rpc/v2/environments v0.0.0-00010101000000-000000000000
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260706201446-f0a921348800
	google.golang.org/grpc v1.82.1
	google.golang.org/protobuf v1.36.11
)
replace go.flipt.io/flipt/errors => ../../../errors/
replace go.flipt.io/flipt/rpc/flipt => ../../../rpc/flipt/
replace go.flipt.io/flipt/rpc/v2/environments => ../../../rpc/v2/environments/
