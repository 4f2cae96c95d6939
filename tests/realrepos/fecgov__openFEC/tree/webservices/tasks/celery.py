# facts only, one per line
    celery_app = Celery(
beat_schedule
