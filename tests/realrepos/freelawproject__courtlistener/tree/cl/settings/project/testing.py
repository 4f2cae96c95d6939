# facts only, one per line
"memory://"
