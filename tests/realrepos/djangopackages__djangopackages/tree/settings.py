# facts only, one per line
from django
# redis://
"locmemcache://"
DATABASES
DATABASES
    DATABASES
    DATABASES
if Q_REDIS_URL
