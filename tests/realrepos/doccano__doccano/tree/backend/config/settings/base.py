# facts only, one per line
DATABASES
django.db.backends.sqlite3
DATABASES
django.db.backends.sqlite3
    DATABASES
django.db.backends.mysql
    DATABASES
        DATABASES
    DATABASES
"EMAIL_PORT", 587
"postgres://"
"postgres://", "postgresql://"
"sqla+
"sqla+
sqlite://
