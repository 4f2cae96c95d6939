# facts only, one per line
from django
from django
from django
from django
DJANGO_SETTINGS_MODULE", "nautobot_config"
