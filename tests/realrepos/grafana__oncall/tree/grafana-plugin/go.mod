module github.com/grafana/grafana-oncall-app
go 1.23.5
