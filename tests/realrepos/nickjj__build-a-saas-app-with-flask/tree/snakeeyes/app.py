# facts only, one per line
    celery = Celery(
def create_app(
    app = Flask(
celery_app = create_celery_app()
