// facts only, one per line
"localhost:8000"
listenAddr = "localhost:8000"
listenAddr = "localhost:7001"
"localhost:8000"
