# facts only, one per line
def create_app(
        app.config['SQLALCHEMY_DATABASE_URI
        app.config['SQLALCHEMY_DATABASE_URI
sqlite://
