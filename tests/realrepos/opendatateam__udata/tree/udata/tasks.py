# facts only, one per line
celery = Celery(
MONGODB_HOST
