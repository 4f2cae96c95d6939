# facts only, one per line
# django.db.backends.sqlite3
DATABASES
django.db.backends.postgresql_psycopg2
DB_PORT
