# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "credentials.settings.local"
application = get_wsgi_application()
