# facts only, one per line
port = 25
