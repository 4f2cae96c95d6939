# facts only, one per line
postgres://
postgresql://
postgresql+psycopg://
