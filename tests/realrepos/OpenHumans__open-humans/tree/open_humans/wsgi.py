# facts only, one per line
DJANGO_SETTINGS_MODULE", "open_humans.settings"
from django
from django
from django
application = get_wsgi_application()
