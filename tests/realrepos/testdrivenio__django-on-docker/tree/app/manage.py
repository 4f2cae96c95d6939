# facts only, one per line
DJANGO_SETTINGS_MODULE", "hello_django.settings"
        from django
if __name__ == "__main__":
