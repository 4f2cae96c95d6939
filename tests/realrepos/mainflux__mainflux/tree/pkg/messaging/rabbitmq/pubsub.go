// facts only, one per line
	amqp "github.com/rabbitmq/amqp091-go"
