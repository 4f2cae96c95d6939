# facts only, one per line
from django
from django
from django
from django
from django
beat_schedule
CELERY_BEAT_SCHEDULE
beat_schedule
beat_schedule
