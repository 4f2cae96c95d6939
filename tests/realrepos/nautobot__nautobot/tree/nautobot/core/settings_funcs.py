# facts only, one per line

from django
"NAUTOBOT_REDIS_PORT", "6379
