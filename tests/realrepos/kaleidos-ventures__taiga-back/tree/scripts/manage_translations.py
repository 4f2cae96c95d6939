# facts only, one per line
from django
import django
DJANGO_SETTINGS_MODULE', 'settings.common'
if __name__ == "__main__":
