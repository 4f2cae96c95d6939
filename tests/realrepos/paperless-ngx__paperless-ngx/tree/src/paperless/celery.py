# facts only, one per line
DJANGO_SETTINGS_MODULE", "paperless.settings"
    from django
app = Celery(
