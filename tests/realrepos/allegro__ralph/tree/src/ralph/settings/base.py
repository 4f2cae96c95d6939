# facts only, one per line

from django
DATABASES
DATABASE_ENGINE', 'django.db.backends.mysql'
DATABASE_HOST
'DATABASE_PORT', 3306
if REDIS_SENTINEL_ENABLED
'REDIS_PORT', '6379
'EMAIL_PORT', 25
