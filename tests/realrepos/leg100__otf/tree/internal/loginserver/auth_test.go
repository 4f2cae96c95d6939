// facts only, one per line
"localhost:10000"
