# facts only, one per line
DB_ENGINE', 'mysql'
    DATABASES
django.db.backends.postgresql_psycopg2
'DATABASE_PORT', 5432
    DATABASES
