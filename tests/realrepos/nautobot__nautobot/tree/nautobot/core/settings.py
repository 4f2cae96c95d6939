# facts only, one per line

from django
import django
from django
django.db.backends.postgresql
CELERY_BEAT_SCHEDULE
