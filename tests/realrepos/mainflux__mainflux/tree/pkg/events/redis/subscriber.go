// facts only, one per line
//go:build !nats && !rabbitmq
// +build !nats,!rabbitmq
	"github.com/go-redis/redis/v8"
