# facts only, one per line
from django
from django
DATABASES
django.db.backends.sqlite3
