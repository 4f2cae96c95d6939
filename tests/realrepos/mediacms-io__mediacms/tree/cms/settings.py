# facts only, one per line
from django
DATABASES
django.db.backends.postgresql
redis://
CELERY_BEAT_SCHEDULE
"http://"
"https://"
