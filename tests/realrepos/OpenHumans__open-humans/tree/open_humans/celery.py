# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "open_humans.settings"
app = Celery(
