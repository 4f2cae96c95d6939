module go.flipt.io/protoc-gen-flipt-openapi
go 1.26

require (
	github.com/google/gnostic v0.7.1
	google.golang.org/protobuf v1.36.11
)
