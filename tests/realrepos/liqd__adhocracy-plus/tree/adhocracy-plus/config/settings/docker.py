# facts only, one per line
DATABASES
POSTGRES_HOST
"POSTGRES_PORT", "5432
redis://
redis://
CELERY_BEAT_SCHEDULE
