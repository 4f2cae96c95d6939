# facts only, one per line
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.locmem.LocMemCache
