# facts only, one per line
django.db.backends.postgresql
