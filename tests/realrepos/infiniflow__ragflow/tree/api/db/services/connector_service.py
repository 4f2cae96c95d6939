# facts only, one per line
DB_TYPE", "mysql"
DB_TYPE", "mysql"
