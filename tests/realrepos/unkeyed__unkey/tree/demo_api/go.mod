module github.com/unkeyed/unkey/demo_api
go 1.25
toolchain go1.25.1
