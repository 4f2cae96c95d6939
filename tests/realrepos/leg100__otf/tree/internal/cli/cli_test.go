// facts only, one per line
"localhost:8080"
