# facts only, one per line
from django
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
