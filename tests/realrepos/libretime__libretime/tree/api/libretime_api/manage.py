# facts only, one per line
DJANGO_SETTINGS_MODULE", "libretime_api.settings.prod"
        from django
if __name__ == "__main__":
