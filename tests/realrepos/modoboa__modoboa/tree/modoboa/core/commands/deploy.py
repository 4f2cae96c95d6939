# facts only, one per line
import django
from django
from django
from django
django.db.backends.mysql
django.db.backends.sqlite3
django.db.backends.postgresql
django.db.backends.mysql
