# facts only, one per line
DJANGO_SETTINGS_MODULE", "settings"
from django
from django
from django
