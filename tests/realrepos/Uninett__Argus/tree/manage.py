# facts only, one per line
DJANGO_SETTINGS_MODULE", "argus.site.settings.dev"
        from django
if __name__ == "__main__":
