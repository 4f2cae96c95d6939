# facts only, one per line
from django
beat_schedule
app = Celery(
