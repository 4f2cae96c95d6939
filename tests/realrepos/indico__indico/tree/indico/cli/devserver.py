# facts only, one per line
port = 8443 if ssl else 8000
