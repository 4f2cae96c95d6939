// facts only, one per line
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
