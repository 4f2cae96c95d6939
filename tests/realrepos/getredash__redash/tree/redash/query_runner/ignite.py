# facts only, one per line
port = 10800
port = 10800
