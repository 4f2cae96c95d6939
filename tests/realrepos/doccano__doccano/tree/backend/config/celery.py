# facts only, one per line
DJANGO_SETTINGS_MODULE", "config.settings.production"
app = Celery(
