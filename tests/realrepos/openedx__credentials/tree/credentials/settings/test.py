# facts only, one per line
DATABASES
DB_ENGINE", "django.db.backends.sqlite3"
DB_HOST
DB_PORT
django.core.cache.backends.locmem.LocMemCache
