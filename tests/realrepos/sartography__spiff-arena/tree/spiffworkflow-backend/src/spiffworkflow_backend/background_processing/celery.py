# facts only, one per line
"sqs://"
"s3://"
    celery_app = Celery(
