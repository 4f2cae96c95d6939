# facts only, one per line
DJANGO_SETTINGS_MODULE", "djangoproject.settings.dev"
        from django
if __name__ == "__main__":
