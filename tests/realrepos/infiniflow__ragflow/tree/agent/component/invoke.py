# facts only, one per line
"http://", "https://"
"http://"
"http://", "https://"
"http://"
