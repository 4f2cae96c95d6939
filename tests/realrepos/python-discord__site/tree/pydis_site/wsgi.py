# facts only, one per line
from django
DJANGO_SETTINGS_MODULE', 'pydis_site.settings'
application = get_wsgi_application()
