# facts only, one per line
from django
RABBITMQ_MANAGEMENT_URL
