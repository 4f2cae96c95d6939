# facts only, one per line
        authority_celery = Celery(
