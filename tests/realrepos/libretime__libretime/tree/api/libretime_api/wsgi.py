# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "libretime_api.settings.prod"
application = get_wsgi_application()
