# facts only, one per line
MONGODB_HOST
mongodb://
ELASTICSEARCH_URL
redis://
redis://
CELERY_BEAT_SCHEDULE
ELASTICSEARCH_URL
