module github.com/chirpstack/chirpstack/api/go/v4
go 1.25.0

require (
	google.golang.org/genproto/googleapis/api v0.0.0-20260706201446-f0a921348800
	google.golang.org/grpc v1.82.0
	google.golang.org/protobuf v1.36.11
)
