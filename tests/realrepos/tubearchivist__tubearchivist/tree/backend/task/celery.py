# facts only, one per line
"unix://"
"unix://", "redis+socket://"
DJANGO_SETTINGS_MODULE", "config.settings"
app = Celery(
