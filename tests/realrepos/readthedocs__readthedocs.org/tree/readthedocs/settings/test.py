# facts only, one per line
django.db.backends.sqlite3
django.db.backends.sqlite3
