// facts only, one per line
listenAddr = "localhost:8081"
