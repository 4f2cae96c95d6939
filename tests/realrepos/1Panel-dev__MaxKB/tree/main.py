# facts only, one per line
import django
from django
DJANGO_SETTINGS_MODULE", "maxkb.settings"
if __name__ == '__main__':
