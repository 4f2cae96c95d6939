# facts only, one per line
DATABASES
django.db.backends.postgresql
