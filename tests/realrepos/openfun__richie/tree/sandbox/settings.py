# facts only, one per line
from django
DB_HOST
    DATABASES
django.db.backends.postgresql_psycopg2
DB_HOST
DB_PORT
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.locmem.LocMemCache
