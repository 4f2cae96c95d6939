module github.com/openmeterio/openmeter/api/v3/client
go 1.24

require (
	github.com/oapi-codegen/nullable v1.2.0
)
