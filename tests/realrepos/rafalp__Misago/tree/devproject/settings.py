# facts only, one per line
django.db.backends.postgresql
redis://
mailpit
mailpit
