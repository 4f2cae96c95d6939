# facts only, one per line
DB_HOST
DB_PORT
redis://
DB_HOST
DB_PORT
