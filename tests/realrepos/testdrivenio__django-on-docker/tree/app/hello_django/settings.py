# facts only, one per line
django.db.backends.sqlite3
"SQL_PORT", "5432
