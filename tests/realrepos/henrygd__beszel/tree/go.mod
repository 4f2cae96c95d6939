module github.com/henrygd/beszel
go 1.26.6

require (
	github.com/blang/semver v3.5.1+incompatible
	github.com/coreos/go-systemd/v22 v22.7.0
	github.com/ebitengine/purego v0.10.2
	github.com/fxamacker/cbor/v2 v2.9.2
	github.com/gliderlabs/ssh v0.3.8
	github.com/google/uuid v1.6.0
	github.com/lxzan/gws v1.10.1
	github.com/nicholas-fedor/shoutrrr v0.17.0
	github.com/pocketbase/dbx v1.12.0
	github.com/pocketbase/pocketbase v0.39.11
	github.com/shirou/gopsutil/v4 v4.26.7
	github.com/spf13/cast v1.10.0
	github.com/spf13/cobra v1.10.2
	github.com/spf13/pflag v1.0.10
	github.com/stretchr/testify v1.12.0
	golang.org/x/crypto v0.55.0
	golang.org/x/exp v0.0.0-20260813180055-c1d0aacb2297
	golang.org/x/net v0.58.0
	golang.org/x/sys v0.47.0
	gopkg.in/yaml.v3 v3.0.1
	howett.net/plist v1.0.1
	github.com/go-sql-driver/mysql v1.9.1 // indirect
)
