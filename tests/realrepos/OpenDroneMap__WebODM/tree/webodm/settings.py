# facts only, one per line

from django
        from django
DATABASES
'WO_DATABASE_PORT', '5432
redis://
redis://
redis://
