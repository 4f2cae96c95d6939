# facts only, one per line
    celery = Celery(
def create_app(
    app = Flask(
