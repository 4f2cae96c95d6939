# facts only, one per line
postgresql://
POSTGRES_HOST
POSTGRES_HOST
postgresql://
