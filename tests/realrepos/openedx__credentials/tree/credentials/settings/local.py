# facts only, one per line
django.core.cache.backends.locmem.LocMemCache
DATABASES
django.db.backends.sqlite3
