# facts only, one per line

from django
from django
# django.db.backends.base
# django.db.backends.base
