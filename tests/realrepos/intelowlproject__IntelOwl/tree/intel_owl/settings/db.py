# facts only, one per line
PG_HOST
DB_HOST
PG_PORT
DB_PORT
django.db.backends.postgresql
DATABASES
PG_HOST
PG_PORT
    DATABASES
    DATABASES
    DATABASES
    DATABASES
