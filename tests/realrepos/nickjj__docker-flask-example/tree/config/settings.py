# facts only, one per line
"PORT", "8000
"POSTGRES_PORT", "5432
postgresql+psycopg://
redis://
