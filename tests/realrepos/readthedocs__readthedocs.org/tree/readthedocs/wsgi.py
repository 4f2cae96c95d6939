# facts only, one per line
DJANGO_SETTINGS_MODULE", "readthedocs.settings.docker_compose"
from django
application = get_wsgi_application()
