# facts only, one per line
celery = Celery(
amqp://
