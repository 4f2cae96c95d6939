# facts only, one per line
port = 443
port = 443
