# facts only, one per line
DJANGO_SETTINGS_MODULE', 'bugsink_conf'
        from django
if __name__ == '__main__':
