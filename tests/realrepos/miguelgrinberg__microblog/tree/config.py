# facts only, one per line
'postgres://', 'postgresql://'
sqlite://
ELASTICSEARCH_URL
ELASTICSEARCH_URL
redis://
