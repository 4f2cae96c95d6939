# facts only, one per line
        SQLALCHEMY_DATABASE_URI
