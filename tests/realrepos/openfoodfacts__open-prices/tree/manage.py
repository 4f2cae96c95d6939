# facts only, one per line
DJANGO_SETTINGS_MODULE", "config.settings"
        from django
if __name__ == "__main__":
