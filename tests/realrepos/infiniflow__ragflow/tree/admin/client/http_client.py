# facts only, one per line
# "http://"
