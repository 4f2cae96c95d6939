# facts only, one per line
import django
DJANGO_SETTINGS_MODULE", "settings.develop"
from django
