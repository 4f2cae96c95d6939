# facts only, one per line
DATABASES
RABBITMQ_URL
