# facts only, one per line
beat_schedule
amqp://
redis://
postgresql+psycopg://
DATABASE_HOST
DATABASE_PORT
    app = celery.Celery(
beat_schedule
beat_schedule
beat_schedule
