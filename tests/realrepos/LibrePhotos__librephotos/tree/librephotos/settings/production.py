# facts only, one per line
    from django
DATABASES
django.db.backends.postgresql
DB_HOST
"DB_PORT", "5432
