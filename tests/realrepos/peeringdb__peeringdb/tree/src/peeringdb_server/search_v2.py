# facts only, one per line

from django
from django
ELASTICSEARCH_URL
ELASTICSEARCH_URL
