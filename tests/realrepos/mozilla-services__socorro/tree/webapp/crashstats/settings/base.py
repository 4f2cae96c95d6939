# facts only, one per line
ELASTICSEARCH_URL
django.core.cache.backends.memcached.PyMemcacheCache
sqlite://
DATABASES
