# facts only, one per line
"https://"
