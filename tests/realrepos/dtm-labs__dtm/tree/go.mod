module github.com/dtm-labs/dtm
go 1.22

require (
	github.com/agiledragon/gomonkey/v2 v2.2.0
	github.com/dtm-labs/dtmdriver v0.0.6
	github.com/dtm-labs/dtmdriver-dapr v0.0.1
	github.com/dtm-labs/dtmdriver-ego v0.1.8
	github.com/dtm-labs/dtmdriver-gozero v0.0.7
	github.com/dtm-labs/dtmdriver-kratos v0.0.10
	github.com/dtm-labs/dtmdriver-polaris v0.0.5
	github.com/dtm-labs/dtmdriver-springcloud v1.2.3
	github.com/dtm-labs/logger v0.0.2
	github.com/gin-gonic/gin v1.9.1
	github.com/redis/go-redis/v9 v9.5.1
	github.com/go-resty/resty/v2 v2.7.0
	github.com/go-sql-driver/mysql v1.7.0
	github.com/lib/pq v1.10.7
	github.com/lithammer/shortuuid/v3 v3.0.7
	github.com/onsi/gomega v1.23.0
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.16.0
	github.com/stretchr/testify v1.8.3
	github.com/zhufuyi/dtmdriver-sponge v0.0.2
	go.etcd.io/bbolt v1.3.6
	go.mongodb.org/mongo-driver v1.11.6
	go.uber.org/automaxprocs v1.5.1
	google.golang.org/grpc v1.56.3
	google.golang.org/protobuf v1.34.1
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/mysql v1.0.3
	gorm.io/driver/postgres v1.2.1
	gorm.io/driver/sqlserver v1.1.2
	gorm.io/gorm v1.22.2
	github.com/denisenkom/go-mssqldb v0.12.3 // indirect
	github.com/jackc/pgx/v4 v4.18.2 // indirect
)
