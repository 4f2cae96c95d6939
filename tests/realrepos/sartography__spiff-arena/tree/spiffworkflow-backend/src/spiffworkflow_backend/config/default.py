# facts only, one per line
"SPIFFWORKFLOW_BACKEND_CELERY_ENABLED", default=False
redis://
DATABASE_TYPE", default="mysql"
