# facts only, one per line
from django
django.db.backends.postgresql
"POSTGRES_PORT", "5432
django.db.backends.postgresql
"POSTGRES_READ_REPLICA_PORT", "5432
"RABBITMQ_PORT", "5672
amqp://
