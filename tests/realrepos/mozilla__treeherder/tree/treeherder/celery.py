# facts only, one per line
DJANGO_SETTINGS_MODULE", "treeherder.config.settings"
app = Celery(
