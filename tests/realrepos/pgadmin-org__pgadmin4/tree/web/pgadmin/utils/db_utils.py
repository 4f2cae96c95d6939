# facts only, one per line
postgresql+psycopg://
postgresql+psycopg://
"postgresql+psycopg://"
