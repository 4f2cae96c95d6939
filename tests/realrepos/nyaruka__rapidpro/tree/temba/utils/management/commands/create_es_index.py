# facts only, one per line
from django
from django
ELASTIC_ENDPOINT_URL
ELASTIC_ENDPOINT_URL
