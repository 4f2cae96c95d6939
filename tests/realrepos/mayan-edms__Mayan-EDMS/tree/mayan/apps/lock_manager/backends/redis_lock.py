# facts only, one per line
from django
if REDIS_USE_CONNECTION_POOL
if REDIS_USE_CONNECTION_POOL
