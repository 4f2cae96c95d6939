# facts only, one per line
DB_PORT
