# facts only, one per line
    import django
if __name__ == "__main__":
DJANGO_SETTINGS_MODULE", "open_humans.settings"
    from django
