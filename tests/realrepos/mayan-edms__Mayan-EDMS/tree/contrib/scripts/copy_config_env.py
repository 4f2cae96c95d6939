# facts only, one per line
DJANGO_SETTINGS_MODULE', 'mayan.settings'
if __name__ == '__main__':
