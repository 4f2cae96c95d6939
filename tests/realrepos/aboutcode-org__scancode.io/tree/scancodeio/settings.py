# facts only, one per line
DATABASES
django.db.backends.postgresql
"SCANCODEIO_DB_PORT", "5432
    from django
