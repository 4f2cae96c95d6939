# facts only, one per line
DATABASES
    DATABASES
redis://
django.core.cache.backends.db.DatabaseCache
"https://"
amqp://
# amqps://
CELERY_BEAT_SCHEDULE
