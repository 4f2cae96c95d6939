module main
go 1.25.7

require (
	buf.build/gen/go/permifyco/permify/protocolbuffers/go v1.36.12-20260417170026-08b37474f24f.1
	github.com/Permify/permify-go v0.6.0
	google.golang.org/grpc v1.83.0
)
