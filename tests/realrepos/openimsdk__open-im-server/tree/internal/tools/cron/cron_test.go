// facts only, one per line
listenAddr = "localhost:12379"
