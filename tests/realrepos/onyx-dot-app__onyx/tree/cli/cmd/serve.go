// facts only, one per line
"port", "p", 2222
