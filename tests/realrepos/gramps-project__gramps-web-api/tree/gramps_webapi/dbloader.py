# facts only, one per line
sqlite://
postgresql+psycopg2://
