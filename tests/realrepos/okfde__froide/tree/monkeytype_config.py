# facts only, one per line
DJANGO_SETTINGS_MODULE", "froide.settings"
        import django
