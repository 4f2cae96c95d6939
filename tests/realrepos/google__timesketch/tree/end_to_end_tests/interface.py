# facts only, one per line
OPENSEARCH_HOST
OPENSEARCH_HOST
