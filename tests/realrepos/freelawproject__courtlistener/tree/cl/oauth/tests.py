# facts only, one per line
from django
from django
from django
from django
from django
Application = get_application_model()
django.core.cache.backends.locmem.LocMemCache
django.core.cache.backends.db.DatabaseCache
