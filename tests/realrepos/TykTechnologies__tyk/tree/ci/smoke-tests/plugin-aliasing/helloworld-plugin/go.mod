module github.com/TykTechnologies/tyk/smoke-tests/plugin-compiler/helloworld-plugin
go 1.22
