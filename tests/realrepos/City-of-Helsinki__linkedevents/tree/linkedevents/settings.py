# facts only, one per line
from django
from django
from django
ELASTICSEARCH_URL
DATABASES
DATABASES
    DATABASES
COMMIT_HASH = get_release_string()
ELASTICSEARCH_URL
ELASTICSEARCH_URL
ELASTICSEARCH_URL
# django.core.cache.backends.locmem.LocMemCache
