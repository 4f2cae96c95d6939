# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "config.settings.production"
application = get_wsgi_application()
