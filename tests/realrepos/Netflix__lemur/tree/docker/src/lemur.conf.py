# facts only, one per line
redis://
redis://
SQLALCHEMY_DATABASE_URI
postgresql://
