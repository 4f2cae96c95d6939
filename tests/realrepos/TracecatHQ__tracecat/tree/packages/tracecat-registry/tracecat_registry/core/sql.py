# facts only, one per line
postgresql+psycopg://
mysql+pymysql://
mysql+mysqlclient://
