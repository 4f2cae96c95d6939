# facts only, one per line
DATABASES
django.db.backends.postgresql
"DBPORT", "5432
    DATABASES
redis://
redis://
