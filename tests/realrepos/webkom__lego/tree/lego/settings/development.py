# facts only, one per line
DATABASES
django.db.backends.postgresql
redis://
redis://
redis://
