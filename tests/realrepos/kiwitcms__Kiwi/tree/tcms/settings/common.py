# facts only, one per line

from django
from django
from django
DATABASES
django.db.backends.mysql
    DATABASES
