module github.com/chef/supermarket/docs-chef-io
go 1.22
