module github.com/openstatushq/openstatus/apps/railway-proxy
go 1.25.1

require (
	github.com/gin-gonic/gin v1.11.0
	github.com/rs/zerolog v1.34.0
)
