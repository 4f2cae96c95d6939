# facts only, one per line
DB_TYPE", "mysql"
