# facts only, one per line
from django
from django
from django
from django
from django
django.db.backends.postgresql
'PORT', 6379
'PORT', 6379
'PORT', 25
