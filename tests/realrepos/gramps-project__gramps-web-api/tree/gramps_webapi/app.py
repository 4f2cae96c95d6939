# facts only, one per line
def create_app(
    app = Flask(
POSTGRES_HOST
POSTGRES_PORT
    app.config["SQLALCHEMY_DATABASE_URI
