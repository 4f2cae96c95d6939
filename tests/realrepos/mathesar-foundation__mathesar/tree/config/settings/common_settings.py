# facts only, one per line

from django
django.db.backends.postgresql
DATA_FILES_STORAGE_BACKEND', 'local
