# facts only, one per line
DJANGO_SETTINGS_MODULE", "kitsune.settings"

from django
