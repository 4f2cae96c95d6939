# facts only, one per line
port=3001
port=3001
