# facts only, one per line
DEBUG = False
DATABASES
django.db.backends.postgresql_psycopg2
