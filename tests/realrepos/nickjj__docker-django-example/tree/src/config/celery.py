# facts only, one per line
DJANGO_SETTINGS_MODULE", "config.settings"
app = Celery(
