# facts only, one per line
"http://"
"https://"
"file://"
