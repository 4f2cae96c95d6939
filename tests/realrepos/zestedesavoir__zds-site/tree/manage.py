# facts only, one per line
if __name__ == "__main__":
        import django
DJANGO_SETTINGS_MODULE", "zds.settings.dev"
        from django
        from django
    from django
