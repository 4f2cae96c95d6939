// facts only, one per line
"port", "", 23366
