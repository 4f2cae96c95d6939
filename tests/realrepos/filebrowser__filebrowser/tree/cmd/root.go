// facts only, one per line
"port", "p", "8080
