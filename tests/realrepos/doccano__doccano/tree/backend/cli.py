# facts only, one per line
import django
from django
DJANGO_SETTINGS_MODULE", "config.settings.production"
sqlite://
if __name__ == "__main__":
