module github.com/vmihailenco/taskq/redisq/v4
go 1.22

require (
	github.com/bsm/redislock v0.9.1
	github.com/google/uuid v1.3.0
	github.com/oklog/ulid/v2 v2.1.0
	github.com/redis/go-redis/v9 v9.0.3
	github.com/stretchr/testify v1.8.2
	github.com/vmihailenco/taskq/taskqtest/v4 v4.0.0-beta.4
	github.com/vmihailenco/taskq/v4 v4.0.0-beta.4
)
replace github.com/vmihailenco/taskq/v4 => ./..
replace github.com/vmihailenco/taskq/taskqtest/v4 => ../taskqtest
replace github.com/vmihailenco/taskq/memqueue/v4 => ../memqueue
