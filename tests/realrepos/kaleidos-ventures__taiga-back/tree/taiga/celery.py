# facts only, one per line
DJANGO_SETTINGS_MODULE", "settings.common"
from django
app = Celery(
beat_schedule
beat_schedule
beat_schedule
