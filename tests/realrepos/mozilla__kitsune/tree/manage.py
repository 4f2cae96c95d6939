# facts only, one per line
DJANGO_SETTINGS_MODULE', 'kitsune.settings'
if __name__ == "__main__":
    from django
