module crawlab
go 1.22

require (
	github.com/crawlab-team/crawlab/core v0.0.0-20240614095218-7b4ee8399ab0
)
replace github.com/crawlab-team/crawlab/core => ../core
replace github.com/crawlab-team/crawlab/db => ../db
replace github.com/crawlab-team/crawlab/fs => ../fs
replace github.com/crawlab-team/crawlab/grpc => ../grpc
replace github.com/crawlab-team/crawlab/template-parser => ../template-parser
replace github.com/crawlab-team/crawlab/trace => ../trace
replace github.com/crawlab-team/crawlab/vcs => ../vcs
