// facts only, one per line
"port", "p", 8080
"port", "9999
