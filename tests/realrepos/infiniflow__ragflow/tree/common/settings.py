# facts only, one per line
DB_TYPE", "mysql"
# if REDIS
DB_TYPE", "mysql"
