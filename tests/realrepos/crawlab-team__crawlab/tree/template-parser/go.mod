module github.com/crawlab-team/crawlab/template-parser
go 1.22

require (
	github.com/crawlab-team/crawlab/db v0.0.0-20240614095218-7b4ee8399ab0
	github.com/robertkrimen/otto v0.0.0-20210614181706-373ff5438452
	github.com/stretchr/testify v1.9.0
	go.mongodb.org/mongo-driver v1.15.1
)
replace github.com/crawlab-team/crawlab/db => ../db
