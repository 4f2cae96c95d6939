# facts only, one per line
from django
from django
DJANGO_SETTINGS_MODULE", "evap.settings"
if __name__ == "__main__":
