# facts only, one per line
app = Flask(
redis://
redis://
celery = Celery(
if __name__ == '__main__':
