# facts only, one per line
DEBUG = False
DATABASES
django.db.backends.sqlite3
