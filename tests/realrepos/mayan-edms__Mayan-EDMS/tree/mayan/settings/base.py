# facts only, one per line
from django
from django
    DATABASES
django.db.backends.sqlite3
CELERY_BEAT_SCHEDULE
CELERY_BEAT_SCHEDULE
        DATABASES
DATABASE_HOST
DATABASE_PORT
        DATABASES
django.db.backends.sqlite3
