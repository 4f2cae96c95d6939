# facts only, one per line
def create_app(
    app = Flask(
        app.config["SQLALCHEMY_DATABASE_URI
    celery = Celery(
