# facts only, one per line
DJANGO_SETTINGS_MODULE", "devproject.settings"
app = Celery(
