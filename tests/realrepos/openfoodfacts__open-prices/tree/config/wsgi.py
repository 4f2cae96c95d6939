# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "config.settings"
application = get_wsgi_application()
