# facts only, one per line
from django
DJANGO_SETTINGS_MODULE', 'mayan.settings.production'
