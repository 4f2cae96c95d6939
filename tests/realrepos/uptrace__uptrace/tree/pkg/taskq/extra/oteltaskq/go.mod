module github.com/vmihailenco/taskq/extra/oteltaskq/v4
go 1.22

require (
	github.com/vmihailenco/taskq/v4 v4.0.0-beta.4
	go.opentelemetry.io/otel v1.15.1
	go.opentelemetry.io/otel/trace v1.15.1
)
replace github.com/vmihailenco/taskq/v4 => ../..
replace github.com/vmihailenco/taskq/memqueue/v4 => ../../memqueue
