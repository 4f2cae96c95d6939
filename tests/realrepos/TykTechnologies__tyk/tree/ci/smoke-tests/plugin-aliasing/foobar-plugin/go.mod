module github.com/TykTechnologies/tyk/smoke-tests/plugin-compiler/foobar-plugin
go 1.22
