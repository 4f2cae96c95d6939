# facts only, one per line
'DJANGO_DB_PORT', 5432
postgres://
redis://
redis://
