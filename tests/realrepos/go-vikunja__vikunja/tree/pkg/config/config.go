// facts only, one per line
":3456"
"localhost:6379"
