# facts only, one per line
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
port=9200
