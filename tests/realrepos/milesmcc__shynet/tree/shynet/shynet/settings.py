# facts only, one per line
from django
    DATABASES
django.db.backends.sqlite3
    DATABASES
django.db.backends.postgresql_psycopg2
DB_HOST
DB_PORT
        DATABASES
    DATABASES
    DATABASES
        DATABASES
django.db.backends.postgresql_psycopg2
"EMAIL_PORT", 465
