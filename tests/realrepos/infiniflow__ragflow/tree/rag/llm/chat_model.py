# facts only, one per line
port=12345
"https://"
