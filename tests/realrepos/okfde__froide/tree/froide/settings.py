# facts only, one per line
from django
    DATABASES
django.core.cache.backends.dummy.DummyCache
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
ELASTICSEARCH_HOST
ELASTICSEARCH_HOST
django.core.cache.backends.locmem.LocMemCache
