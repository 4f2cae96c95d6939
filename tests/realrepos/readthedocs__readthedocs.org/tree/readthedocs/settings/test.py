# facts only, one per line
django.core.cache.backends.locmem.LocMemCache
django.db.backends.sqlite3
django.db.backends.sqlite3
