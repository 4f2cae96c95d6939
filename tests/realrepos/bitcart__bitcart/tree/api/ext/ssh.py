# facts only, one per line
port = 22
port = 22
