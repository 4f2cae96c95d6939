# facts only, one per line
import django
from django
if __name__ == "__main__":
DJANGO_SETTINGS_MODULE", "crashstats.settings"
    from django
