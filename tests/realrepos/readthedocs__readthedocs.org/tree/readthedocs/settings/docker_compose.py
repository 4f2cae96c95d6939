# facts only, one per line
django.db.backends.postgresql_psycopg2
DB_HOST
django.db.backends.postgresql_psycopg2
DB_HOST
django.core.cache.backends.redis.RedisCache
redis://
redis://
