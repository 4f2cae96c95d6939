# facts only, one per line
    celery_app = Celery(
redis://
amqp://
    celery_app = Celery(
redis://
amqp://
