# facts only, one per line
DB_HOST
DB_PORT
DB_HOST
DB_PORT
redis://
redis://
