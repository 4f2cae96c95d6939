# facts only, one per line
from django
DEBUG = False
DATABASES
django.db.backends.postgresql_psycopg2
"DB_PORT", "5432
