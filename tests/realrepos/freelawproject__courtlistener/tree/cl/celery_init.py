# facts only, one per line
DJANGO_SETTINGS_MODULE", "cl.settings"
app = Celery(
