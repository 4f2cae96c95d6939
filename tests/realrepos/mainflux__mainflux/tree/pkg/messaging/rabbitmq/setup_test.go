// facts only, one per line
	amqp "github.com/rabbitmq/amqp091-go"
	port          = "5672
m.Run()
