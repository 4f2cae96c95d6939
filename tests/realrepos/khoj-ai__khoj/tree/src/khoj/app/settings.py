# facts only, one per line

from django
"POSTGRES_PORT", "5432
django.db.backends.postgresql
