# facts only, one per line
postgresql://
def create_app(
    app = Flask(
        app.config['SQLALCHEMY_DATABASE_URI
postgresql://
        app.config['SQLALCHEMY_DATABASE_URI
postgresql://
