# facts only, one per line
DJANGO_SETTINGS_MODULE', 'netbox.settings'
    from django
