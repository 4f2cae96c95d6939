# facts only, one per line
import django
DJANGO_SETTINGS_MODULE", "awx.settings"
channel_layer = get_default_application()
