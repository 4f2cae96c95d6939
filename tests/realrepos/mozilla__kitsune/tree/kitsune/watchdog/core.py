# facts only, one per line
from django
from django
from django
from django
from django
from django
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
