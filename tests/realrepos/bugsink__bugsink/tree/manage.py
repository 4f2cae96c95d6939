# facts only, one per line
DJANGO_SETTINGS_MODULE', 'bugsink.settings.development'
        from django
if __name__ == '__main__':
