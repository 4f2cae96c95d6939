# facts only, one per line

from django
DJANGO_SETTINGS_MODULE", "umap.settings"
if __name__ == "__main__":
