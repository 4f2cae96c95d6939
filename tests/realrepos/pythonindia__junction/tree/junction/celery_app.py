# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "settings"
app = Celery(
