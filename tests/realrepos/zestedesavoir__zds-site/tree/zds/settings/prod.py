# facts only, one per line
DATABASES
django.db.backends.mysql
django.core.cache.backends.memcached.PyMemcacheCache
