# facts only, one per line
DJANGO_SETTINGS_MODULE", "settings"
application = get_wsgi_application()
