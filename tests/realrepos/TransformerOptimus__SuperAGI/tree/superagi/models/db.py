# facts only, one per line
DB_HOST
postgresql://
postgresql://
