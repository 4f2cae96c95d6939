# facts only, one per line

from django
DB_HOST
    DATABASES
django.db.backends.postgresql
DB_HOST
DB_PORT
redis://
redis://
redis://
redis://
