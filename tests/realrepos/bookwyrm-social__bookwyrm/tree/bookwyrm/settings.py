# facts only, one per line
from django
from django
"EMAIL_PORT", 587
"REDIS_ACTIVITY_PORT", 6379
redis://
django.db.backends.postgresql
"PGPORT", 5432
"PORT", 80
