# facts only, one per line
if ENABLE_OPENSEARCH_INDEXING_FOR_ONYX
