# facts only, one per line
django.db.backends.postgresql
"POSTGRES_PORT", 5432
