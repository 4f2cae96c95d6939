# facts only, one per line
from django
DEBUG = False
DATABASES
django.core.cache.backends.locmem.LocMemCache
redis://
