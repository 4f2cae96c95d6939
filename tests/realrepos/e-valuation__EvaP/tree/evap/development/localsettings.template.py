# facts only, one per line
from django
DATABASES
django.db.backends.postgresql
django.core.cache.backends.redis.RedisCache
django.core.cache.backends.redis.RedisCache
django.core.cache.backends.redis.RedisCache
