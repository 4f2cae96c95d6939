# facts only, one per line
DJANGO_SETTINGS_MODULE", "core.settings"
app = Celery(
