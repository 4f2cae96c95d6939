# facts only, one per line

from django
if __name__ == "__main__":
DJANGO_SETTINGS_MODULE", "settings.dev"
        from django
