# facts only, one per line
celery_app = Celery(
