# facts only, one per line
DATABASES
django.db.backends.postgresql
POSTGRES_HOST
"POSTGRES_PORT", 5432
"REDIS_PORT", 6379
