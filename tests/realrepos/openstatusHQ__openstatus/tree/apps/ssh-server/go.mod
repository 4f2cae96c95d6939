module github.com/openstatusHQ/openstatus/apps/ssh-server
go 1.25.1

require (
	github.com/gliderlabs/ssh v0.3.8
)
