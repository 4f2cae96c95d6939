// facts only, one per line
"127.0.0.1:9090"
"localhost:9090"
