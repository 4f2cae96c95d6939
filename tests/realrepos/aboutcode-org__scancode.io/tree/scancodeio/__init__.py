# facts only, one per line
    from django
DJANGO_SETTINGS_MODULE", "scancodeio.settings"
    from django
    from django
    from django
DJANGO_SETTINGS_MODULE", "scancodeio.settings"
django.db.backends.sqlite3
