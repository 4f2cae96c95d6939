# facts only, one per line
from django
ELASTIC_ENDPOINT_URL
