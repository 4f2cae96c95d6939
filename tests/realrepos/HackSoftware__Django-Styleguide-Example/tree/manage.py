# facts only, one per line
DJANGO_SETTINGS_MODULE", "config.django.base"
        from django
if __name__ == "__main__":
