module github.com/crawlab-team/crawlab/trace
go 1.22

require (
	github.com/ztrue/tracerr v0.4.0
)
