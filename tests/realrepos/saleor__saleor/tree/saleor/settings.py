# facts only, one per line
from django
from django
from django
from django
from django
postgres://
postgres://
postgres://
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
