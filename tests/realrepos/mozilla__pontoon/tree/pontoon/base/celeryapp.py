# facts only, one per line
DJANGO_SETTINGS_MODULE", "pontoon.settings"
from django
app = Celery(
