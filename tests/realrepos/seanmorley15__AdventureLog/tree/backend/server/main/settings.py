# facts only, one per line
django.core.cache.backends.memcached.PyMemcacheCache
DATABASES
'RATE_LIMIT_IMAGE_IMPORT', '12
'EMAIL_PORT', 587
