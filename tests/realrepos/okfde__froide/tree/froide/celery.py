# facts only, one per line
DJANGO_SETTINGS_MODULE", "froide.settings"
from django
app = Celery(
