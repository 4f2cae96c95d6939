# facts only, one per line
from django
from django
django.db.backends.sqlite3
django.db.backends.postgresql
django.db.backends.mysql
"EMAIL_PORT", "587
