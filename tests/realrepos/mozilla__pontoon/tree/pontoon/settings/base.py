# facts only, one per line
from django
DATABASES
mysql://
        DATABASES
        DATABASES
RABBITMQ_URL
from django
"EMAIL_PORT", "587
django.core.cache.backends.locmem.LocMemCache
"http://"
