# facts only, one per line
DATABASES
django.db.backends.sqlite3
# django.db.backends.postgresql
