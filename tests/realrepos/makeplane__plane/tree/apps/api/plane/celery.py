# facts only, one per line
DJANGO_SETTINGS_MODULE", "plane.settings.production"
app = Celery(
beat_schedule
beat_schedule
