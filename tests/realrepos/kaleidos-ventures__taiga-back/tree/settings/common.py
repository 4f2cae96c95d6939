# facts only, one per line
DEBUG = False
DATABASES
django.db.backends.postgresql
django.core.cache.backends.locmem.LocMemCache
CELERY_ENABLED = False
amqp://
