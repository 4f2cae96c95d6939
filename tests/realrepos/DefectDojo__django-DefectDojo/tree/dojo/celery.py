# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "dojo.settings.settings"

        from django
app = Celery(
