# facts only, one per line
DJANGO_SETTINGS_MODULE", "onadata.settings.common"
app = Celery(
