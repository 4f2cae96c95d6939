# facts only, one per line
django.db.backends.mysql
django.db.backends.postgresql
