# facts only, one per line
DJANGO_SETTINGS_MODULE", "pydotorg.settings.local"
from django
