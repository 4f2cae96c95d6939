# facts only, one per line
port=5432
port=9090
