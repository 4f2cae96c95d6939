module github.com/ente/cli
go 1.26

require (
	github.com/go-resty/resty/v2 v2.7.0
	github.com/google/uuid v1.3.1
	github.com/minio/blake2b-simd v0.0.0-20160723061019-3f5f724cb5b1
	github.com/zalando/go-keyring v0.2.3
	golang.org/x/crypto v0.53.0
	github.com/fatih/color v1.15.0
	github.com/kong/go-srp v0.0.0-20191210190804-cde1efa3c083
	github.com/spf13/cobra v1.7.0
	github.com/spf13/pflag v1.0.5
	github.com/spf13/viper v1.16.0
	go.etcd.io/bbolt v1.3.7
	golang.org/x/term v0.44.0
)
