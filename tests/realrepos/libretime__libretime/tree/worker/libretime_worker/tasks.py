# facts only, one per line
worker = Celery(
beat_schedule
