# facts only, one per line
DJANGO_SETTINGS_MODULE', 'bugsink.settings.default'
        import django
from django
if __name__ == '__main__':
