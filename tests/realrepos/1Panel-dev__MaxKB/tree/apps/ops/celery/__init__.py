# facts only, one per line
DJANGO_SETTINGS_MODULE', 'maxkb.settings'
app = Celery(
