# facts only, one per line
beat_schedule
celery_app = Celery(
beat_schedule
beat_schedule
beat_schedule
