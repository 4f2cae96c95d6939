# facts only, one per line
from django
from django
from django
    from django
    from django
DATABASES
django.core.cache.backends.redis.RedisCache
django.core.cache.backends.redis.RedisCache
"PRETALX_VITE_PORT", "8080
