# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "zds.settings.prod"
application = get_wsgi_application()
