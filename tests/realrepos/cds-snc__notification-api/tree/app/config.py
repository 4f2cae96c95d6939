# facts only, one per line
    SQLALCHEMY_DATABASE_URI
    REDIS_URL = os.getenv("REDIS_URL")
"sqs://"
    SQLALCHEMY_DATABASE_URI
postgresql://
redis://
    SQLALCHEMY_DATABASE_URI
postgresql://
