# facts only, one per line
from django
DJANGO_SETTINGS_MODULE", "test_project.settings"
application = get_wsgi_application()
