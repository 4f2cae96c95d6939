# facts only, one per line
django.core.cache.backends.memcached.PyMemcacheCache
DATABASES
django.db.backends.mysql
DB_HOST
"DB_PORT", 3306
