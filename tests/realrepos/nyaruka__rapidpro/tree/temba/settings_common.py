# facts only, one per line
from django
ELASTIC_ENDPOINT_URL
django.db.backends.postgresql
DATABASES
redis://
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
