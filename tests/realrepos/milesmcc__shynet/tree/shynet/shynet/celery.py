# facts only, one per line
DJANGO_SETTINGS_MODULE", "shynet.settings"
app = Celery(
