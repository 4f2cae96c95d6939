# facts only, one per line
from django
DATABASES
postgres://
redis://
CELERY_BEAT_SCHEDULE
