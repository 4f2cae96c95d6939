# facts only, one per line
DJANGO_SETTINGS_MODULE', 'settings.main'
app = Celery(
