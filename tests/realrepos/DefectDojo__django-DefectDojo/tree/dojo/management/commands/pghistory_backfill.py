# facts only, one per line

from django
from django
from django
from django
django.db.backends.sql
django.db.backends.sql
