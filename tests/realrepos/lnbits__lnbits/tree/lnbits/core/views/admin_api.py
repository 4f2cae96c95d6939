# facts only, one per line
"postgres://"
