# facts only, one per line
CELERY_BEAT_SCHEDULE
django.db.backends.postgresql
redis://
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
