module github.com/crawlab-team/crawlab/db
go 1.22

require (
	github.com/apex/log v1.9.0
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/crawlab-team/crawlab/trace v0.0.0-20240614095218-7b4ee8399ab0
	github.com/gomodule/redigo v2.0.0+incompatible
	github.com/jmoiron/sqlx v1.2.0
	github.com/spf13/viper v1.19.0
	github.com/stretchr/testify v1.9.0
	go.mongodb.org/mongo-driver v1.15.1
)
replace github.com/crawlab-team/crawlab/trace => ../trace
