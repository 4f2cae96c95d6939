# facts only, one per line
celery = create_celery_app()
