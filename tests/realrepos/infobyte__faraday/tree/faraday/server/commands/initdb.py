# facts only, one per line
postgresql+psycopg2://
postgresql+psycopg2://
postgresql+psycopg2://
        current_app.config['SQLALCHEMY_DATABASE_URI
