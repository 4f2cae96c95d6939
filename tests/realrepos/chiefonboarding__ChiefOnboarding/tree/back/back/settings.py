# facts only, one per line
from django
"https://"
DATABASES
django.core.cache.backends.db.DatabaseCache
