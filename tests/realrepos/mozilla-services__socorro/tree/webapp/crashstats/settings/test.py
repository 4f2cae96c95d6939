# facts only, one per line
django.core.cache.backends.locmem.LocMemCache
