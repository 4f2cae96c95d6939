# facts only, one per line
import django
DJANGO_SETTINGS_MODULE", "lego.settings"
application = get_default_application()
