# facts only, one per line
celery = Celery(
redis://
redis://
