# facts only, one per line
DJANGO_SETTINGS_MODULE", "settings.common"
from django
