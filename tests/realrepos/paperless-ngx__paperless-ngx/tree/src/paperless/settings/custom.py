# facts only, one per line
redis://
redis://
redis+socket://
beat_schedule
django.db.backends.sqlite3
django.db.backends.postgresql
django.db.backends.mysql
