# facts only, one per line
DJANGO_SETTINGS_MODULE", "pydotorg.settings.local"
        from django
if __name__ == "__main__":
