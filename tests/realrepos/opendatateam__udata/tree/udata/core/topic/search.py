# facts only, one per line
ELASTICSEARCH_URL
