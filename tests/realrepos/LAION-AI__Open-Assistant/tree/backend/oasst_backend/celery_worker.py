# facts only, one per line
app = Celery(
redis://
redis://
beat_schedule
