# facts only, one per line
CONFIG = get_config()
mysql+pymysql://
mysql+pymysql://
mysql+pymysql://
mysql+pymysql://
