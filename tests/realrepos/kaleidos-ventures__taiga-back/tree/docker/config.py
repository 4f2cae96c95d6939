# facts only, one per line
django.db.backends.postgresql
'POSTGRES_PORT','5432
'EMAIL_PORT', 587
amqp://
amqp://
