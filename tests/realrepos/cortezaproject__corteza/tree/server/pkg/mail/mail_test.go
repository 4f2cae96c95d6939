// facts only, one per line
"localhost:321"
