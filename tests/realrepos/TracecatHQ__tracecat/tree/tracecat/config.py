# facts only, one per line
postgresql+psycopg://
redis://
REDIS_URL__ARN = os.environ.get("REDIS_URL__ARN")
