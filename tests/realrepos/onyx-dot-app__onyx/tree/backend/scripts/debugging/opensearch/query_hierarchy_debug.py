# facts only, one per line
OPENSEARCH_HOST
OPENSEARCH_HOST
"OPENSEARCH_PORT", "9200
if __name__ == "__main__":
