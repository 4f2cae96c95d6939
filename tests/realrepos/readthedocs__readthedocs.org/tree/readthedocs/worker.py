# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "readthedocs.settings.docker_compose"
    application = Celery(
app = create_application()
