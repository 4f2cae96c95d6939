# facts only, one per line
db_engine = make_engine()
