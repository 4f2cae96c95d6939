# facts only, one per line
"PORT", 8000
# postgres://
DATABASES
    DATABASES
django.db.backends.postgresql_psycopg2
    DATABASES
django.core.cache.backends.dummy.DummyCache
