# facts only, one per line
mysql+pymysql://
postgresql://
sqlite://
redis://
redis://
redis://
redis://
redis://
redis://
