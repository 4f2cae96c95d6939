// facts only, one per line
listenAddr = "localhost:9000"
"localhost:23817"
