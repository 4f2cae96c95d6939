# facts only, one per line
from django
django.db.backends.sqlite3
