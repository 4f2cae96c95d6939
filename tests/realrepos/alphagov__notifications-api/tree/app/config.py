# facts only, one per line
    SQLALCHEMY_DATABASE_URI
    REDIS_URL = os.getenv("REDIS_URL")
beat_schedule
    REDIS_ENABLED = os.getenv("REDIS_ENABLED") == "1"
    SQLALCHEMY_DATABASE_URI
postgresql+psycopg2://
redis://
