module github.com/svix/svix-webhooks
go 1.21

require (
	v1.61.0 v1.60.1
	v1.60.0 v1.59.2
	v1.59.1 v1.59.0
	v1.58.2 v1.58.1
	v1.58.0 v1.57.0
	v1.55.0 v1.54.0
	v1.52.0 v1.51.0
	v1.50.0 v1.49.0
	v1.48.0 v1.47.0
	github.com/google/uuid v1.6.0
	github.com/jarcoal/httpmock v1.3.1
)
