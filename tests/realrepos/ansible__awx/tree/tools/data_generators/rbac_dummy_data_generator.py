# facts only, one per line
import django
from django
DJANGO_SETTINGS_MODULE", "awx.settings.development"
from django
