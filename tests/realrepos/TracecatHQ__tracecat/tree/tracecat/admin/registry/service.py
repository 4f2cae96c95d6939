# facts only, one per line
"git+ssh://"
