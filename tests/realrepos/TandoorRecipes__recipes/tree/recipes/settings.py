# facts only, one per line

from django
from django
REDIS_HOST = os.getenv('REDIS_HOST', None)
'REDIS_PORT', 6379
REDIS_USERNAME = os.getenv('REDIS_USERNAME', None)
REDIS_PASSWORD = os.getenv('REDIS_PASSWORD', None)
django.db.backends.postgresql
django.db.backends.sqlite3
django.db.backends.sqlite3
if REDIS_HOST:
redis://
redis://
redis://
    from django
'EMAIL_PORT', 25
