# facts only, one per line
            app.config["SQLALCHEMY_DATABASE_URI
sqlite://
            app.config["SQLALCHEMY_DATABASE_URI
postgresql://
            app.config["SQLALCHEMY_DATABASE_URI
mysql+mysqldb://
        app.config["SQLALCHEMY_DATABASE_URI
"https://"
"https://"
