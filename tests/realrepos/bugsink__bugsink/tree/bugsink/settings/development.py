# facts only, one per line
from django
    DATABASES
django.db.backends.mysql
    DATABASES
django.db.backends.postgresql
    DATABASES
    DATABASES
    DATABASES
    DATABASES
    DATABASES
