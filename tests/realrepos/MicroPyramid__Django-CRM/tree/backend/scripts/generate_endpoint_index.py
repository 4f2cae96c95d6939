# facts only, one per line

import django
DJANGO_SETTINGS_MODULE", "crm.settings"
if __name__ == "__main__":
