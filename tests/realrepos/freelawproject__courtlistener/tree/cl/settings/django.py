# facts only, one per line
from django
DATABASES
django.db.backends.postgresql
DB_HOST
    DATABASES
django.db.backends.postgresql
    DATABASES
django.db.backends.postgresql
django.core.cache.backends.redis.RedisCache
redis://
django.core.cache.backends.db.DatabaseCache
