# facts only, one per line

from django
from django
'REDIS_PORT', 6379
django.db.backends.postgresql
django.db.backends.sqlite3
django.db.backends.sqlite3
redis://
redis://
redis://
    from django
'EMAIL_PORT', 25
