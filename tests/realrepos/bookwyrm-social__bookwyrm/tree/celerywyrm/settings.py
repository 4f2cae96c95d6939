# facts only, one per line
"REDIS_BROKER_PORT", 6379
redis://
CELERY_BEAT_SCHEDULE
"FLOWER_PORT", 8888
