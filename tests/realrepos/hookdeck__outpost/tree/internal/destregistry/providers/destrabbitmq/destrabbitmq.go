// facts only, one per line
	"github.com/rabbitmq/amqp091-go"
