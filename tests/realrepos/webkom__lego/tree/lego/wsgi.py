# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "lego.settings"
application = get_wsgi_application()
