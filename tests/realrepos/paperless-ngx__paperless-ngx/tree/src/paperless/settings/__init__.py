# facts only, one per line
from django
from django
beat_schedule
"PAPERLESS_EMAIL_PORT", 25
CELERY_BEAT_SCHEDULE
beat_schedule
CELERY_BEAT_SCHEDULE
