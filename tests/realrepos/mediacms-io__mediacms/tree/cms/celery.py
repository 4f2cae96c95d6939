# facts only, one per line
from django
from django
DJANGO_SETTINGS_MODULE", "cms.settings"
app = Celery(
beat_schedule
CELERY_BEAT_SCHEDULE
