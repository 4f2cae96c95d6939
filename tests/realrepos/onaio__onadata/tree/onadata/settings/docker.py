# facts only, one per line
DATABASES
DB_HOST
redis://
redis://
redis://
