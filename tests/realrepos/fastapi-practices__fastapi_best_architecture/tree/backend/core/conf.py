# facts only, one per line
DATABASE_HOST
DATABASE_PORT
