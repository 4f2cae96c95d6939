# facts only, one per line
DATABASES
SQL_HOST
SQL_PORT
DATABASES
django.db.backends.postgresql
"TRAC_PORT", "5432
