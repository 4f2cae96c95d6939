module looklook
go 1.22

require (
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/jinzhu/copier v0.3.2
	github.com/pkg/errors v0.9.1
	github.com/sony/sonyflake v1.0.0
	google.golang.org/grpc v1.65.0
	google.golang.org/protobuf v1.35.1
	github.com/Masterminds/squirrel v1.5.2
	github.com/golang-module/carbon/v2 v2.0.1
	github.com/hibiken/asynq v0.20.0
	github.com/shopspring/decimal v1.3.1
	github.com/silenceper/wechat/v2 v2.0.9
	github.com/wechatpay-apiv3/wechatpay-go v0.2.9
	github.com/zeromicro/go-queue v1.1.8
	github.com/zeromicro/go-zero v1.7.3
	github.com/go-sql-driver/mysql v1.8.1 // indirect
	github.com/segmentio/kafka-go v0.4.38 // indirect
)
