# facts only, one per line
    DATABASES
django.db.backends.postgresql
DATABASE_HOST
DATABASE_PORT
    DATABASES
django.db.backends.sqlite3
    DATABASES
django.db.backends.mysql
DATABASE_HOST
DATABASE_PORT
