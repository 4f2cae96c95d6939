# facts only, one per line
DEBUG = False
CELERY_BEAT_SCHEDULE
