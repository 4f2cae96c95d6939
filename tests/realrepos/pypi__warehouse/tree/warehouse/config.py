# facts only, one per line
OPENSEARCH_URL
