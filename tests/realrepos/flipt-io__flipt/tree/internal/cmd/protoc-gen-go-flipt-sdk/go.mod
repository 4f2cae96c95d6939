module go.flipt.io/protoc-gen-go-flipt-sdk
go 1.25.0

require (
	go.flipt.io/flipt/rpc/flipt v1.54.0
	google.golang.org/genproto/googleapis/api v0.0.0-20260706201446-f0a921348800
	google.golang.org/protobuf v1.36.11
	sigs.k8s.io/yaml v1.6.0
)
