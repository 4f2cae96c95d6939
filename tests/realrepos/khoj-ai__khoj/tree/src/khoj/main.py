# facts only, one per line
import django

from django
from django
DJANGO_SETTINGS_MODULE", "khoj.app.settings"
    app = FastAPI(
    app = FastAPI(

from django
if __name__ == "__main__":
