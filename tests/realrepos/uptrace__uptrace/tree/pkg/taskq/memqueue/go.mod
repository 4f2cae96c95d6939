module github.com/vmihailenco/taskq/memqueue/v4
go 1.22

require (
	github.com/onsi/ginkgo v1.16.5
	github.com/onsi/gomega v1.27.6
	github.com/redis/go-redis/v9 v9.0.3
	github.com/satori/go.uuid v1.2.0
	github.com/vmihailenco/taskq/v4 v4.0.0-beta.4
)
replace github.com/vmihailenco/taskq/v4 => ./..
replace github.com/vmihailenco/taskq/taskqtest/v4 => ../taskqtest
