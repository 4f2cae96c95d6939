# facts only, one per line
DJANGO_SETTINGS_MODULE", "celerywyrm.settings"
app = Celery(
