# facts only, one per line
django.core.cache.backends.filebased.FileBasedCache
