# facts only, one per line
from django
celery_app = Celery(
