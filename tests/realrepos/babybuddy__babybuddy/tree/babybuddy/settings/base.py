# facts only, one per line

from django
    DATABASES
DB_ENGINE") or "django.db.backends.sqlite3"
DB_HOST
DB_HOST
DB_PORT
DB_PORT
    DATABASES
