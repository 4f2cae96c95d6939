# facts only, one per line
import django
from django
from django
DJANGO_SETTINGS_MODULE', 'mayan.settings'
if __name__ == '__main__':
