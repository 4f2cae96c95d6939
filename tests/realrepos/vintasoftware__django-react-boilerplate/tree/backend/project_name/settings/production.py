# facts only, one per line
RABBITMQ_URL
