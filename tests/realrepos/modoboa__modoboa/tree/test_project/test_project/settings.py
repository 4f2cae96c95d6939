# facts only, one per line
"REDIS_SENTINEL_PORT", 26379
"REDIS_PORT", 6379
redis://
django.core.cache.backends.filebased.FileBasedCache
"LDAP_SERVER_PORT", 3389
DATABASES
django.db.backends.sqlite3
# django.db.backends.mysql
