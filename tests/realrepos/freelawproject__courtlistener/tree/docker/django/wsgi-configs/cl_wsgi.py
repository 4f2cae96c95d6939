# facts only, one per line
from django
application = get_wsgi_application()
