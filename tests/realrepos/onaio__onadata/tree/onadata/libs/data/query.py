# facts only, one per line
from django
from django
django.db.backends.postgresql
django.db.backends.postgresql
