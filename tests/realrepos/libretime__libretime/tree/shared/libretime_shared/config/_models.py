# facts only, one per line
postgresql://
amqp://
