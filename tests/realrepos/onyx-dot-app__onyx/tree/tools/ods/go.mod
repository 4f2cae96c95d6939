module github.com/onyx-dot-app/onyx/tools/ods
go 1.26.4

require (
	github.com/charlievieth/fastwalk v1.0.14
	github.com/gdamore/tcell/v2 v2.13.8
	github.com/google/osv-scalibr v0.4.6-0.20260612031204-164402d9140e
	github.com/google/osv-scanner/v2 v2.4.0
	github.com/hashicorp/hcl/v2 v2.24.0
	github.com/jmelahman/tag v0.5.2
	github.com/ossf/osv-schema/bindings/go v0.0.0-20260424063704-83285ce2a866
	github.com/sergi/go-diff v1.4.0
	github.com/sirupsen/logrus v1.9.4
	github.com/spf13/cobra v1.10.2
	github.com/spf13/pflag v1.0.10
	google.golang.org/protobuf v1.36.11
	gopkg.in/yaml.v3 v3.0.1
)
