# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "pretalx.settings"
from django
app = Celery(
