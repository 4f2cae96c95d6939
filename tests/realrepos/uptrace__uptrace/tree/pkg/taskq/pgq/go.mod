module github.com/vmihailenco/taskq/pgq/v4
go 1.22

require (
	github.com/oklog/ulid/v2 v2.1.0
	github.com/stretchr/testify v1.8.2
	github.com/uptrace/bun v1.1.12
	github.com/uptrace/bun/dialect/pgdialect v1.1.12
	github.com/uptrace/bun/driver/pgdriver v1.1.12
	github.com/uptrace/bun/extra/bundebug v1.1.12
	github.com/vmihailenco/taskq/taskqtest/v4 v4.0.0-beta.4
	github.com/vmihailenco/taskq/v4 v4.0.0-beta.4
)
replace github.com/vmihailenco/taskq/v4 => ./..
replace github.com/vmihailenco/taskq/taskqtest/v4 => ../taskqtest
replace github.com/vmihailenco/taskq/memqueue/v4 => ../memqueue
