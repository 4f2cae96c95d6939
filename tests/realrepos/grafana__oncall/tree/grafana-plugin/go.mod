module github.com/grafana/grafana-oncall-app
go 1.23.5

require (
	github.com/grafana/grafana-plugin-sdk-go v0.271.0
)
