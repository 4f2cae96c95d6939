# facts only, one per line
DJANGO_SETTINGS_MODULE", "lego.settings"
app = Celery(
beat_schedule
