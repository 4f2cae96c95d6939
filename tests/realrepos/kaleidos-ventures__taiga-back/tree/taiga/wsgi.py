# facts only, one per line
DJANGO_SETTINGS_MODULE", "settings.common"
from django
application = get_wsgi_application()
