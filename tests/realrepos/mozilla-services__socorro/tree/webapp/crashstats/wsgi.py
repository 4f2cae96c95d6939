# facts only, one per line
DJANGO_SETTINGS_MODULE", "crashstats.settings"
from django
application = get_wsgi_application()
