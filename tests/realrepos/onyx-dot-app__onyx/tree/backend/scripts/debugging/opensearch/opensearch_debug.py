# facts only, one per line
OPENSEARCH_HOST
OPENSEARCH_HOST
OPENSEARCH_HOST
if __name__ == "__main__":
