# facts only, one per line
opensearch_client = create_opensearch_client()
