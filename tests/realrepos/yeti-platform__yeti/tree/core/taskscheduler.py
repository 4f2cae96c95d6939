# facts only, one per line
app = Celery(
redis://
