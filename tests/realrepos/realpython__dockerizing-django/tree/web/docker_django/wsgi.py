# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "docker_django.settings"
application = get_wsgi_application()
