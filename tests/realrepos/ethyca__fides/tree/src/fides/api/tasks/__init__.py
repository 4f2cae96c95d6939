# facts only, one per line
    app = Celery(
# redis+cluster://
# redis+cluster://
