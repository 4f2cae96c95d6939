// facts only, one per line
	amqp091 "github.com/rabbitmq/amqp091-go"
