# facts only, one per line
DEBUG = False
DATABASES
django.db.backends.postgresql
redis://
django.core.cache.backends.locmem.LocMemCache
redis://
