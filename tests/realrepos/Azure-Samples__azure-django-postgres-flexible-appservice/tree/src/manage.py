# facts only, one per line
DJANGO_SETTINGS_MODULE", "project.settings"
        from django
if __name__ == "__main__":
