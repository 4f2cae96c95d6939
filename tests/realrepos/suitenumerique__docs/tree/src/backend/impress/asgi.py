# facts only, one per line
DJANGO_SETTINGS_MODULE", "impress.settings"
