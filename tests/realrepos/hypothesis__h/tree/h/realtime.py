# facts only, one per line
amqp://
