# facts only, one per line
DJANGO_SETTINGS_MODULE", "crashstats.settings"
from django
if __name__ == "__main__":
