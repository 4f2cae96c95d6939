// facts only, one per line
"port", "p", 4446
