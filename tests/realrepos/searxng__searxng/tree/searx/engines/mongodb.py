# facts only, one per line
port = 27017
