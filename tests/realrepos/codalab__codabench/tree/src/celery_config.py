# facts only, one per line
from django
app = Celery(

from django
        vhost_app = Celery(
