# facts only, one per line
DJANGO_SETTINGS_MODULE', 'jumpserver.settings'
app = Celery(
