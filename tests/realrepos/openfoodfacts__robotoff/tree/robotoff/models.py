# facts only, one per line
POSTGRES_HOST
port=5432
