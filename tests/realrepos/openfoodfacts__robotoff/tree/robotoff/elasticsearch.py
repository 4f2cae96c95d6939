# facts only, one per line
ELASTIC_HOST
