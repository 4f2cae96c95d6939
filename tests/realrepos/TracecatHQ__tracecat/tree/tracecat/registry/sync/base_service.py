# facts only, one per line
"git+ssh://"
"git+ssh://"
