# facts only, one per line
postgres://
django.db.backends.postgresql
