# facts only, one per line
DJANGO_SETTINGS_MODULE", "umap.settings"

from django
