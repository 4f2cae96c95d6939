# facts only, one per line
"ELASTICSEARCH_PORT", "9200
