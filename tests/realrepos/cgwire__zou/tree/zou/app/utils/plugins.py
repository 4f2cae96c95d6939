# facts only, one per line
        current_app.config["SQLALCHEMY_DATABASE_URI
