# facts only, one per line
import django
from django
DJANGO_SETTINGS_MODULE", "maxkb.settings"
'runserver', "0.0.0.0:8080"
if __name__ == '__main__':
