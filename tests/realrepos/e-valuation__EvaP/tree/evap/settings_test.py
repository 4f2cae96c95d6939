# facts only, one per line
DATABASES
django.db.backends.postgresql
django.core.cache.backends.redis.RedisCache
django.core.cache.backends.redis.RedisCache
django.core.cache.backends.redis.RedisCache
