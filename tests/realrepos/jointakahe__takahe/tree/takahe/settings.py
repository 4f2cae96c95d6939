# facts only, one per line
DATABASE_SERVER
DATABASE_SERVER
DATABASE_SERVER
DATABASE_SERVER
    DATABASES
DATABASE_SERVER
    DATABASES
django.db.backends.postgresql
"dummy://"
