# facts only, one per line
if __name__ == "__main__":
DJANGO_SETTINGS_MODULE", "froide.settings"
