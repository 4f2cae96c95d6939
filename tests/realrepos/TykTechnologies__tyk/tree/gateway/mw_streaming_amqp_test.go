// facts only, one per line
//go:build ee || dev
	"github.com/rabbitmq/amqp091-go"
