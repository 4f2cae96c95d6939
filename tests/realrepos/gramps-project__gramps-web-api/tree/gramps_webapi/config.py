# facts only, one per line
POSTGRES_HOST
POSTGRES_PORT
