module tianji-reporter
go 1.25.0
toolchain go1.25.11

require (
	github.com/json-iterator/go v1.1.12
	github.com/shirou/gopsutil/v4 v4.25.6
	github.com/stretchr/testify v1.11.1
)
