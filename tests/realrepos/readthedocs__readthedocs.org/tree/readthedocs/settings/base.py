# facts only, one per line
from django
django.core.cache.backends.locmem.LocMemCache
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
