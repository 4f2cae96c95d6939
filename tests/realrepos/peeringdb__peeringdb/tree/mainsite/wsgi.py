# facts only, one per line
DJANGO_SETTINGS_MODULE", "mainsite.settings"
from django

from django
