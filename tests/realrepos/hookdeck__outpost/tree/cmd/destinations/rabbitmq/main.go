// facts only, one per line
package main
	"github.com/rabbitmq/amqp091-go"
