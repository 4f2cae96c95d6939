# facts only, one per line
'memory://'
DATABASE_HOST
DATABASE_PORT
