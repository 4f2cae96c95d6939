# facts only, one per line
port = 3306
