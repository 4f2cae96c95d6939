# facts only, one per line
import django
DJANGO_SETTINGS_MODULE", "open_humans.settings"
