# facts only, one per line
redis://
DATABASES
django.db.backends.postgresql
POSTGRES_HOST
'POSTGRES_PORT', '5432
